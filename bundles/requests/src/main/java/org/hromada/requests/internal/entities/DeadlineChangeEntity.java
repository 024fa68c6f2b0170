package org.hromada.requests.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a request's deadline and why: {@code initial}, {@code urgency}, {@code extended},
 * {@code deferred}, {@code forwarded} (the request leaves this holder's clock: no date after).
 */
@Entity
@Table(name = "requests_deadline_change")
public class DeadlineChangeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "request_id", nullable = false)
    private long requestId;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(nullable = false, length = 20)
    private String kind;
    @Column(name = "due_before")
    private LocalDate dueBefore;
    @Column(name = "due_after")
    private LocalDate dueAfter;
    @Column(nullable = false, length = 2000)
    private String reason;
    @Column(nullable = false, length = 100)
    private String actor;

    protected DeadlineChangeEntity() {
    }

    public DeadlineChangeEntity(long requestId, Instant changedAt, String kind, LocalDate dueBefore, LocalDate dueAfter,
                                String reason, String actor) {
        this.requestId = requestId;
        this.changedAt = changedAt;
        this.kind = kind;
        this.dueBefore = dueBefore;
        this.dueAfter = dueAfter;
        this.reason = reason;
        this.actor = actor;
    }

    public Instant getChangedAt() { return changedAt; }
    public String getKind() { return kind; }
    public LocalDate getDueBefore() { return dueBefore; }
    public LocalDate getDueAfter() { return dueAfter; }
    public String getReason() { return reason; }
    public String getActor() { return actor; }
}
