package org.hromada.requests.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A key the bundle generated once, shared by every node (e.g. the one download links are signed with). */
@Entity
@Table(name = "requests_secret")
public class SecretEntity {
    @Id
    @Column(length = 50)
    private String name;
    @Column(nullable = false, length = 200)
    private String value;

    protected SecretEntity() {
    }

    public SecretEntity(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() { return name; }
    public String getValue() { return value; }
}
