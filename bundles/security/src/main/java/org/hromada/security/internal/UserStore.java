package org.hromada.security.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.security.internal.entities.UserEntity;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The users in the database. Passwords are hashed before a transaction opens, so a slow Argon2 run
 * never holds a pooled connection.
 */
@Component(service = UserStore.class)
public class UserStore {

    @Reference(target = "(osgi.unit.name=org.hromada.security)")
    private Transactions tx;

    private final PasswordHasher hasher = new PasswordHasher();
    private final Clock clock = Clock.systemUTC();

    /** What an update changes; a null field stays as it is. */
    public record Change(String displayName, Collection<String> roles, Boolean enabled, String newPassword) {
    }

    /** Usernames are lower case; sign-in accepts any case. */
    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The enabled user with these credentials, or empty. Takes about as long whether the user
     * exists or not, and answers the same for a wrong password, an unknown or a disabled user.
     */
    public Optional<UserView> authenticate(String username, String password) {
        Optional<UserEntity> user = tx.read(em -> byName(em, normalize(username)).map(found -> {
            found.getRoles().size(); // load the roles while the session is open
            return found;
        }));
        if (user.isEmpty()) {
            hasher.verifyNobody(password);
            return Optional.empty();
        }
        boolean matches = hasher.verify(password, user.get().getPasswordHash());
        return matches && user.get().isEnabled() ? user.map(UserView::of) : Optional.empty();
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    public Optional<UserView> find(String username) {
        return tx.read(em -> byName(em, username).map(UserView::of));
    }

    public PageResult<UserView> page(int page, int size) {
        return tx.read(em -> {
            List<UserView> items = em.createQuery("from UserEntity u order by u.username", UserEntity.class)
                    .setFirstResult((page - 1) * size)
                    .setMaxResults(size)
                    .getResultList().stream().map(UserView::of).toList();
            long total = em.createQuery("select count(u) from UserEntity u", Long.class).getSingleResult();
            return new PageResult<>(items, total, page, size);
        });
    }

    /**
     * Users matching all given filters (null: any), by username: {@code text} in the username or
     * display name (any case), holding {@code role}, enabled or not.
     */
    public PageResult<UserView> search(String text, String role, Boolean enabled, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (text != null) {
            where.append(" and (lower(u.username) like :text escape '!' or lower(u.displayName) like :text escape '!')");
        }
        if (role != null) {
            where.append(" and :role member of u.roles");
        }
        if (enabled != null) {
            where.append(" and u.enabled = :enabled");
        }
        return tx.read(em -> {
            var items = em.createQuery("from UserEntity u" + where + " order by u.username", UserEntity.class);
            var count = em.createQuery("select count(u) from UserEntity u" + where, Long.class);
            if (text != null) {
                String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%";
                items.setParameter("text", pattern);
                count.setParameter("text", pattern);
            }
            if (role != null) {
                items.setParameter("role", role);
                count.setParameter("role", role);
            }
            if (enabled != null) {
                items.setParameter("enabled", enabled);
                count.setParameter("enabled", enabled);
            }
            List<UserView> found = items.setFirstResult((page - 1) * size).setMaxResults(size)
                    .getResultList().stream().map(UserView::of).toList();
            return new PageResult<>(found, count.getSingleResult(), page, size);
        });
    }

    /** Creates a user; 409 when the username is taken (also when another node won a race for it). */
    public UserView create(String username, String password, String displayName, Collection<String> roles,
                           boolean enabled) {
        String hash = hasher.hash(password);
        try {
            return tx.inTransaction(em -> {
                if (byName(em, username).isPresent()) {
                    throw conflict(username);
                }
                UserEntity user = new UserEntity(username, hash, displayName, roles, enabled, now());
                em.persist(user);
                return UserView.of(user);
            });
        } catch (PersistenceException e) {
            if (exists(username)) {
                throw conflict(username);
            }
            throw e;
        }
    }

    /** Applies {@code change}; empty when there is no such user. */
    public Optional<UserView> update(String username, Change change) {
        String hash = change.newPassword() == null ? null : hasher.hash(change.newPassword());
        return tx.inTransaction(em -> byName(em, username).map(user -> {
            if (change.displayName() != null) {
                user.setDisplayName(change.displayName());
            }
            if (change.roles() != null) {
                user.setRoles(change.roles());
            }
            if (change.enabled() != null) {
                user.setEnabled(change.enabled());
            }
            if (hash != null) {
                user.setPasswordHash(hash);
            }
            user.setUpdatedAt(now());
            return UserView.of(user);
        }));
    }

    /** Deletes a user (its roles and tokens go with it); false when there was none. */
    public boolean delete(String username) {
        return tx.inTransaction(em -> byName(em, username).map(user -> {
            em.remove(user);
            return true;
        }).orElse(false));
    }

    private static Optional<UserEntity> byName(EntityManager em, String username) {
        return em.createQuery("from UserEntity u where u.username = :username", UserEntity.class)
                .setParameter("username", username)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    private static ProblemException conflict(String username) {
        return ProblemException.conflict("There is already a user '" + username + "'.");
    }

    /** Microseconds: what DATETIME(6) keeps, so a value reads back as it was written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
