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

/**
 * A bearer token (table {@code security_api_token}). Only the SHA-256 of the token is stored; the
 * token itself is shown once, when it is issued.
 */
@Entity
@Table(name = "security_api_token")
public class ApiTokenEntity {
    public static final String LOGIN = "login";
    public static final String INTEGRATION = "integration";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    /** The signed-in user of a login token; null for an integration token. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", updatable = false)
    private UserEntity user;

    /** {@link #LOGIN} or {@link #INTEGRATION}. */
    @Column(nullable = false, length = 16, updatable = false)
    private String kind = LOGIN;

    /** The one role of an integration token; null for a login token (it has its user's roles). */
    @Column(name = "role_name", length = 32, updatable = false)
    private String roleName;

    /** Who created an integration token. */
    @Column(name = "created_by", length = 64, updatable = false)
    private String createdBy;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiTokenEntity() {
    }

    public ApiTokenEntity(String tokenHash, UserEntity user, String name, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.user = user;
        this.name = name;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** A named integration token with one role, owned by no user. */
    public static ApiTokenEntity integration(String tokenHash, String name, String roleName, String createdBy,
                                             Instant createdAt, Instant expiresAt) {
        ApiTokenEntity token = new ApiTokenEntity(tokenHash, null, name, createdAt, expiresAt);
        token.kind = INTEGRATION;
        token.roleName = roleName;
        token.createdBy = createdBy;
        return token;
    }

    public String getKind() {
        return kind;
    }

    public String getRoleName() {
        return roleName;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Long getId() {
        return id;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public UserEntity getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public void setRevokedAt(Instant revokedAt) {
        this.revokedAt = revokedAt;
    }
}
