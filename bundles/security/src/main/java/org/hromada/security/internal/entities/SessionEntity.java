package org.hromada.security.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A console session (table {@code security_session}); only the SHA-256 of its cookie secret is kept. */
@Entity
@Table(name = "security_session")
public class SessionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_hash", nullable = false, length = 64, updatable = false)
    private String sessionHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserEntity user;

    @Column(name = "csrf_token", nullable = false, length = 64, updatable = false)
    private String csrfToken;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "idle_expires_at", nullable = false)
    private Instant idleExpiresAt;

    @Column(name = "absolute_expires_at", nullable = false, updatable = false)
    private Instant absoluteExpiresAt;

    @Column(name = "client_address", nullable = false, length = 64, updatable = false)
    private String clientAddress;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected SessionEntity() {
    }

    public SessionEntity(String sessionHash, UserEntity user, String csrfToken, Instant createdAt,
                         Instant idleExpiresAt, Instant absoluteExpiresAt, String clientAddress) {
        this.sessionHash = sessionHash;
        this.user = user;
        this.csrfToken = csrfToken;
        this.createdAt = createdAt;
        this.lastSeenAt = createdAt;
        this.idleExpiresAt = idleExpiresAt;
        this.absoluteExpiresAt = absoluteExpiresAt;
        this.clientAddress = clientAddress;
    }

    public Long getId() {
        return id;
    }

    public String getSessionHash() {
        return sessionHash;
    }

    public UserEntity getUser() {
        return user;
    }

    public String getCsrfToken() {
        return csrfToken;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public Instant getIdleExpiresAt() {
        return idleExpiresAt;
    }

    public Instant getAbsoluteExpiresAt() {
        return absoluteExpiresAt;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
