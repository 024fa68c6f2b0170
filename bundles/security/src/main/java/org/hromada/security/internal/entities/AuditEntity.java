package org.hromada.security.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One audit entry (table {@code security_audit}): written once, never updated or deleted. */
@Entity
@Immutable
@Table(name = "security_audit")
public class AuditEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 20)
    private String channel;

    @Column(nullable = false, length = 100)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 64)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 200)
    private String entityId;

    @Column(nullable = false, length = 500)
    private String summary;

    // LONGTEXT in both databases; read and written as a plain string, no LOB handling needed.
    @Column(name = "before_json", length = 16_777_216)
    private String beforeJson;

    @Column(name = "after_json", length = 16_777_216)
    private String afterJson;

    protected AuditEntity() {
    }

    public AuditEntity(Instant at, String actor, String channel, String action, String entityType, String entityId,
                       String summary, String beforeJson, String afterJson) {
        this.at = at;
        this.actor = actor;
        this.channel = channel;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.summary = summary;
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getChannel() {
        return channel;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getSummary() {
        return summary;
    }

    public String getBeforeJson() {
        return beforeJson;
    }

    public String getAfterJson() {
        return afterJson;
    }
}
