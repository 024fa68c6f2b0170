package org.hromada.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.security.internal.entities.ApiTokenEntity;
import org.hromada.security.internal.entities.UserEntity;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The API tokens in the database, found by their SHA-256 only. */
@Component(service = TokenStore.class)
public class TokenStore {
    /** Expired and revoked tokens are kept this long (to answer "who used what when"), then purged. */
    static final Duration KEEP_DEAD_TOKENS = Duration.ofDays(7);
    private static final Duration PURGE_INTERVAL = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(TokenStore.class);

    @Reference(target = "(osgi.unit.name=org.hromada.security)")
    private Transactions tx;

    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);
    private Duration ttl;

    /** A token as handed to its owner: the only time the plain token exists. */
    public record Issued(String token, Instant expiresAt) {
    }

    @Activate
    void activate(BundleContext context) {
        ttl = SecuritySettings.from(context).tokenTtl();
    }

    /** Issues a new token for an existing user. */
    public Issued issue(String username, String name) {
        purgeNowAndThen();
        String token = Secrets.newToken();
        Instant now = now();
        Instant expiresAt = now.plus(ttl);
        tx.run(em -> {
            UserEntity user = em.createQuery("from UserEntity u where u.username = :username", UserEntity.class)
                    .setParameter("username", username).getSingleResult();
            String label = name.length() > 100 ? name.substring(0, 100) : name; // the column's size
            em.persist(new ApiTokenEntity(Secrets.tokenHash(token), user, label, now, expiresAt));
        });
        return new Issued(token, expiresAt);
    }

    /** The token with this hash and its owner, whatever its state. */
    public Optional<TokenRecord> find(String tokenHash) {
        return tx.read(em -> em.createQuery(
                        "from ApiTokenEntity t left join fetch t.user where t.tokenHash = :hash", ApiTokenEntity.class)
                .setParameter("hash", tokenHash)
                .setMaxResults(1).getResultList().stream().findFirst()
                .flatMap(TokenStore::record));
    }

    private static Optional<TokenRecord> record(ApiTokenEntity t) {
        if (ApiTokenEntity.INTEGRATION.equals(t.getKind())) {
            return t.getRoleName() == null ? Optional.empty() : Optional.of(TokenRecord.integration(t.getId(),
                    t.getName(), t.getRoleName(), t.getExpiresAt(), t.getRevokedAt(), t.getLastUsedAt()));
        }
        if (t.getUser() == null) {
            return Optional.empty();
        }
        return Optional.of(new TokenRecord(t.getId(), t.getUser().getUsername(), t.getUser().getRoles(),
                t.getUser().isEnabled(), t.getExpiresAt(), t.getRevokedAt(), t.getLastUsedAt()));
    }

    /** A new integration token, the only time its secret exists; 409 when a live one has this name. */
    public IntegrationToken.Created issueIntegration(String name, String role, Instant expiresAt, String createdBy) {
        purgeNowAndThen();
        String token = Secrets.newToken();
        Instant now = now();
        IntegrationToken view = tx.inTransaction(em -> {
            long live = em.createQuery("select count(t) from ApiTokenEntity t where t.kind = :kind"
                            + " and t.name = :name and t.revokedAt is null and t.expiresAt > :now", Long.class)
                    .setParameter("kind", ApiTokenEntity.INTEGRATION)
                    .setParameter("name", name)
                    .setParameter("now", now)
                    .getSingleResult();
            if (live > 0) {
                throw ProblemException.conflict("There is already a live integration token named '" + name + "'.");
            }
            ApiTokenEntity entity = ApiTokenEntity.integration(Secrets.tokenHash(token), name, role, createdBy, now,
                    expiresAt.truncatedTo(ChronoUnit.MICROS));
            em.persist(entity);
            em.flush();
            return IntegrationToken.of(entity, now);
        });
        return new IntegrationToken.Created(view, token);
    }

    /** The integration tokens, newest first, including revoked and expired ones not yet purged. */
    public PageResult<IntegrationToken> integrationTokens(int page, int size) {
        Instant now = now();
        return tx.read(em -> {
            List<IntegrationToken> items = em.createQuery("from ApiTokenEntity t where t.kind = :kind"
                            + " order by t.createdAt desc, t.id desc", ApiTokenEntity.class)
                    .setParameter("kind", ApiTokenEntity.INTEGRATION)
                    .setFirstResult((page - 1) * size)
                    .setMaxResults(size)
                    .getResultList().stream().map(t -> IntegrationToken.of(t, now)).toList();
            long total = em.createQuery("select count(t) from ApiTokenEntity t where t.kind = :kind", Long.class)
                    .setParameter("kind", ApiTokenEntity.INTEGRATION)
                    .getSingleResult();
            return new PageResult<>(items, total, page, size);
        });
    }

    public Optional<IntegrationToken> integrationToken(long id) {
        Instant now = now();
        return tx.read(em -> Optional.ofNullable(em.find(ApiTokenEntity.class, id))
                .filter(t -> ApiTokenEntity.INTEGRATION.equals(t.getKind()))
                .map(t -> IntegrationToken.of(t, now)));
    }

    /** Revokes an integration token; true when it was live until now. */
    public boolean revokeIntegration(long id) {
        return tx.inTransaction(em -> em.createQuery("update ApiTokenEntity t set t.revokedAt = :now"
                        + " where t.id = :id and t.kind = :kind and t.revokedAt is null")
                .setParameter("now", now())
                .setParameter("id", id)
                .setParameter("kind", ApiTokenEntity.INTEGRATION)
                .executeUpdate()) > 0;
    }

    /** Records a use, unless another request (or node) already did within the touch interval. */
    public void touch(long id, Instant now) {
        tx.run(em -> em.createQuery("update ApiTokenEntity t set t.lastUsedAt = :now where t.id = :id"
                        + " and (t.lastUsedAt is null or t.lastUsedAt <= :before)")
                .setParameter("now", now)
                .setParameter("before", now.minus(TokenRecord.TOUCH_INTERVAL))
                .setParameter("id", id)
                .executeUpdate());
    }

    /** Revokes the token with this hash; false when it was unknown or already revoked. */
    public boolean revoke(String tokenHash) {
        return tx.inTransaction(em -> em.createQuery(
                        "update ApiTokenEntity t set t.revokedAt = :now where t.tokenHash = :hash and t.revokedAt is null")
                .setParameter("now", now())
                .setParameter("hash", tokenHash)
                .executeUpdate()) > 0;
    }

    /** Revokes every live token of a user except the one with hash {@code keepHash} (may be null). */
    public int revokeAllOf(String username, String keepHash) {
        return tx.inTransaction(em -> em.createQuery("update ApiTokenEntity t set t.revokedAt = :now"
                        + " where t.revokedAt is null and t.tokenHash <> :keep and t.kind = 'login'"
                        + " and t.user.id = (select u.id from UserEntity u where u.username = :username)")
                .setParameter("now", now())
                .setParameter("keep", keepHash == null ? "" : keepHash)
                .setParameter("username", username)
                .executeUpdate());
    }

    /** Deletes long-dead tokens, at most once an hour, so the table does not grow with every sign-in. */
    private void purgeNowAndThen() {
        Instant now = now();
        Instant last = lastPurge.get();
        if (now.isBefore(last.plus(PURGE_INTERVAL)) || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        Instant cutoff = now.minus(KEEP_DEAD_TOKENS);
        try {
            int purged = tx.inTransaction(em -> em.createQuery(
                            "delete from ApiTokenEntity t where t.expiresAt < :cutoff or t.revokedAt < :cutoff")
                    .setParameter("cutoff", cutoff)
                    .executeUpdate());
            if (purged > 0) {
                LOG.info("Purged {} tokens that expired or were revoked before {}", purged, cutoff);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not purge old tokens; will try again later", e);
        }
    }

    /** Microseconds: what DATETIME(6) keeps, so a value reads back as it was written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
