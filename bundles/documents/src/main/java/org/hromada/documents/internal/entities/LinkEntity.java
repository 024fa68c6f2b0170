package org.hromada.documents.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A typed link from one document to another (amends, repeals, adopted_from_draft). */
@Entity
@Table(name = "documents_link")
public class LinkEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_id", nullable = false)
    private long fromId;

    @Column(name = "to_id", nullable = false)
    private long toId;

    @Column(name = "link_type", nullable = false, length = 30)
    private String type;

    protected LinkEntity() {
    }

    public LinkEntity(long fromId, long toId, String type) {
        this.fromId = fromId;
        this.toId = toId;
        this.type = type;
    }

    public Long getId() {
        return id;
    }

    public long getFromId() {
        return fromId;
    }

    public long getToId() {
        return toId;
    }

    public String getType() {
        return type;
    }
}
