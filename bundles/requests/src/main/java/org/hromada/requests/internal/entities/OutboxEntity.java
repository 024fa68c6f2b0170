package org.hromada.requests.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One e-mail to a requester, kept until it is sent or given up. */
@Entity
@Table(name = "requests_outbox")
public class OutboxEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "request_id", nullable = false)
    private long requestId;
    @Column(nullable = false, length = 20)
    private String kind;
    @Column(nullable = false, length = 254)
    private String recipient;
    @Column(nullable = false, length = 500)
    private String subject;
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String body;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(nullable = false)
    private boolean failed;
    @Column(name = "last_error", length = 1000)
    private String lastError;
    @Column(name = "with_attachments", nullable = false)
    private boolean withAttachments;

    protected OutboxEntity() {
    }

    public OutboxEntity(long requestId, String kind, String recipient, String subject, String body, Instant now) {
        this.requestId = requestId;
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** An e-mail that carries the answer's files, read from the database each time it is sent. */
    public OutboxEntity withAttachments() {
        this.withAttachments = true;
        return this;
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public String getKind() { return kind; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getSentAt() { return sentAt; }
    public boolean isFailed() { return failed; }
    public String getLastError() { return lastError; }
    public boolean hasAttachments() { return withAttachments; }

    public void sent(Instant at) {
        attempts++;
        sentAt = at;
        lastError = null;
    }

    /** A failed attempt: try again at {@code retryAt}, or give up when it is null. */
    public void attemptFailed(String error, Instant retryAt) {
        attempts++;
        lastError = error == null ? "" : error.substring(0, Math.min(error.length(), 1000));
        if (retryAt == null) {
            failed = true;
        } else {
            nextAttemptAt = retryAt;
        }
    }
}
