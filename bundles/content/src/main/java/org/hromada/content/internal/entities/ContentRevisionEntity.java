package org.hromada.content.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One write to a content item, with the item's editable fields as a JSON snapshot (append-only). */
@Entity
@Table(name = "content_revision")
public class ContentRevisionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_id", nullable = false)
    private long itemId;
    @Column(nullable = false)
    private int number;
    @Column(nullable = false, length = 30)
    private String action;
    @Column(nullable = false, length = 64)
    private String actor;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String snapshot;

    protected ContentRevisionEntity() {
    }

    public ContentRevisionEntity(long itemId, int number, String action, String actor, Instant createdAt,
                                 String snapshot) {
        this.itemId = itemId;
        this.number = number;
        this.action = action;
        this.actor = actor;
        this.createdAt = createdAt;
        this.snapshot = snapshot;
    }

    public Long getId() { return id; }
    public long getItemId() { return itemId; }
    public int getNumber() { return number; }
    public String getAction() { return action; }
    public String getActor() { return actor; }
    public Instant getCreatedAt() { return createdAt; }
    public String getSnapshot() { return snapshot; }
}
