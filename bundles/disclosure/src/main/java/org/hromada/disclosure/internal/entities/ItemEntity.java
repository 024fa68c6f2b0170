package org.hromada.disclosure.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item of Article 15 as the migration seeds it; read only. */
@Entity
@Table(name = "disclosure_item")
public class ItemEntity {
    @Id
    @Column(length = 12)
    private String id;

    @Column(name = "parent_id", length = 12)
    private String parentId;

    @Column(nullable = false)
    private int part;

    @Column(nullable = false)
    private int position;

    @Column(name = "name_uk", nullable = false, length = 400)
    private String nameUk;

    @Column(name = "name_en", nullable = false, length = 400)
    private String nameEn;

    @Column(name = "applies_to_council", nullable = false)
    private boolean appliesToCouncil;

    protected ItemEntity() {
    }

    public String getId() {
        return id;
    }

    public String getParentId() {
        return parentId;
    }

    public int getPart() {
        return part;
    }

    public int getPosition() {
        return position;
    }

    public String getNameUk() {
        return nameUk;
    }

    public String getNameEn() {
        return nameEn;
    }

    public boolean isAppliesToCouncil() {
        return appliesToCouncil;
    }
}
