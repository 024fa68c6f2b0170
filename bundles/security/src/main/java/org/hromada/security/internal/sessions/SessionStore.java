package org.hromada.security.internal.sessions;

import java.time.Instant;
import java.util.Optional;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.security.internal.entities.SessionEntity;
import org.hromada.security.internal.entities.UserEntity;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The console sessions in the database, found by the SHA-256 of their secret only. */
@Component(service = SessionStore.class)
public class SessionStore implements SessionRepository {

    @Reference(target = "(osgi.unit.name=org.hromada.security)")
    private Transactions tx;

    @Override
    public boolean insert(String sessionHash, String username, String csrfToken, Instant now, Instant idleExpiresAt,
                          Instant absoluteExpiresAt, String clientAddress) {
        return tx.inTransaction(em -> em.createQuery("from UserEntity u where u.username = :username", UserEntity.class)
                .setParameter("username", username)
                .setMaxResults(1).getResultList().stream().findFirst()
                .map(user -> {
                    em.persist(new SessionEntity(sessionHash, user, csrfToken, now, idleExpiresAt, absoluteExpiresAt,
                            clientAddress));
                    return true;
                }).orElse(false));
    }

    @Override
    public Optional<SessionRecord> find(String sessionHash) {
        return tx.read(em -> em.createQuery(
                        "from SessionEntity s join fetch s.user where s.sessionHash = :hash", SessionEntity.class)
                .setParameter("hash", sessionHash)
                .setMaxResults(1).getResultList().stream().findFirst()
                .map(s -> new SessionRecord(s.getId(), s.getUser().getUsername(), s.getUser().getRoles(),
                        s.getUser().isEnabled(), s.getCsrfToken(), s.getLastSeenAt(), s.getIdleExpiresAt(),
                        s.getAbsoluteExpiresAt(), s.getEndedAt())));
    }

    @Override
    public void touch(long id, Instant now, Instant idleExpiresAt) {
        tx.run(em -> em.createQuery("update SessionEntity s set s.lastSeenAt = :now, s.idleExpiresAt = :idle"
                        + " where s.id = :id and s.endedAt is null and s.lastSeenAt <= :before")
                .setParameter("now", now)
                .setParameter("idle", idleExpiresAt)
                .setParameter("before", now.minus(SessionRecord.TOUCH_INTERVAL))
                .setParameter("id", id)
                .executeUpdate());
    }

    @Override
    public Optional<String> end(String sessionHash, Instant now) {
        return tx.inTransaction(em -> {
            Optional<String> username = em.createQuery("select s.user.username from SessionEntity s"
                            + " where s.sessionHash = :hash and s.endedAt is null"
                            + " and s.idleExpiresAt > :now and s.absoluteExpiresAt > :now", String.class)
                    .setParameter("hash", sessionHash)
                    .setParameter("now", now)
                    .getResultList().stream().findFirst();
            int ended = em.createQuery("update SessionEntity s set s.endedAt = :now"
                            + " where s.sessionHash = :hash and s.endedAt is null")
                    .setParameter("now", now)
                    .setParameter("hash", sessionHash)
                    .executeUpdate();
            return ended > 0 ? username : Optional.<String>empty();
        });
    }

    @Override
    public int endAllOf(String username, String keepCsrfToken, Instant now) {
        return tx.inTransaction(em -> em.createQuery("update SessionEntity s set s.endedAt = :now"
                        + " where s.endedAt is null and s.csrfToken <> :keep"
                        + " and s.user.id = (select u.id from UserEntity u where u.username = :username)")
                .setParameter("now", now)
                .setParameter("keep", keepCsrfToken == null ? "" : keepCsrfToken)
                .setParameter("username", username)
                .executeUpdate());
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return tx.inTransaction(em -> em.createQuery("delete from SessionEntity s where s.absoluteExpiresAt < :cutoff"
                        + " or s.idleExpiresAt < :cutoff or s.endedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate());
    }
}
