package org.hromada.security.internal.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.audit.AuditLog;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Session;
import org.hromada.platform.api.security.Sessions;
import org.hromada.platform.api.security.SignIn;
import org.hromada.security.internal.Secrets;
import org.hromada.security.internal.UserStore;
import org.hromada.security.internal.UserView;
import org.hromada.security.internal.auth.LoginThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session rules, with everything they need handed in (clock, throttle, credentials check,
 * storage, audit) so they can be tested without a database. {@link SessionService} wires it.
 */
public final class SessionKeeper implements Sessions {
    /** Ended and expired sessions are kept this long, then deleted. */
    static final Duration KEEP_DEAD = Duration.ofDays(1);
    private static final Duration PURGE_INTERVAL = Duration.ofHours(1);
    private static final int MAX_ADDRESS = 64;
    private static final int MAX_ACTOR = 100;
    private static final Logger LOG = LoggerFactory.getLogger(SessionKeeper.class);

    /** Checks a username and password: the enabled user, or empty (see {@link UserStore#authenticate}). */
    @FunctionalInterface
    public interface Credentials {
        Optional<UserView> authenticate(String username, String password);
    }

    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;
    private final LoginThrottle throttle;
    private final Credentials credentials;
    private final SessionRepository repository;
    private final AuditLog audit;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    public SessionKeeper(Clock clock, Duration idle, Duration absolute, LoginThrottle throttle, Credentials credentials,
                         SessionRepository repository, AuditLog audit) {
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
        this.throttle = throttle;
        this.credentials = credentials;
        this.repository = repository;
        this.audit = audit;
    }

    @Override
    public SignIn signIn(String username, String password, String clientAddress) {
        String name = UserStore.normalize(username);
        String address = address(clientAddress);
        Optional<Duration> wait = throttle.tryAttempt(name, address);
        if (wait.isPresent()) {
            LOG.info("Console sign-in for '{}' from {} refused: too many failures", name, address);
            return new SignIn.Throttled(wait.get());
        }
        Optional<UserView> user = credentials.authenticate(name, password);
        if (user.isEmpty()) {
            LOG.info("Failed console sign-in for '{}' from {}", name, address);
            audit.record(new AuditEntry(truncate(name.isEmpty() ? "-" : name, MAX_ACTOR), Channels.CONSOLE,
                    "session.signin.refused", "user", truncate(name, MAX_ACTOR), address, Map.of(),
                    Map.of()));
            return new SignIn.Refused();
        }
        throttle.succeeded(name, address);
        purgeNowAndThen();
        Instant now = now();
        Instant absoluteEnd = now.plus(absolute);
        Instant idleEnd = now.plus(idle).isAfter(absoluteEnd) ? absoluteEnd : now.plus(idle);
        String secret = Secrets.newToken();
        String csrf = Secrets.newToken();
        String who = user.get().username();
        if (!repository.insert(Secrets.tokenHash(secret), who, csrf, now, idleEnd, absoluteEnd, address)) {
            return new SignIn.Refused(); // deleted between the password check and now
        }
        Identity identity = new Identity(who, Set.copyOf(user.get().roles()),
                Channels.CONSOLE);
        audit.record(AuditEntry.of(identity, "session.signin", "user", who).withSummary(address));
        return new SignIn.Success(new Session(secret, identity, csrf, idleEnd, absoluteEnd));
    }

    @Override
    public Optional<Session> resume(String sessionId) {
        if (!Secrets.looksLikeToken(sessionId)) {
            return Optional.empty();
        }
        Instant now = now();
        Optional<SessionRecord> live = repository.find(Secrets.tokenHash(sessionId)).filter(s -> s.liveAt(now));
        return live.map(s -> {
            Instant idleEnd = s.idleExpiresAt();
            if (s.needsTouchAt(now)) {
                idleEnd = s.renewedIdleAt(now, idle);
                touch(s, now, idleEnd);
            }
            return new Session(sessionId, s.identity(), s.csrfToken(), idleEnd, s.absoluteExpiresAt());
        });
    }

    @Override
    public void end(String sessionId) {
        if (!Secrets.looksLikeToken(sessionId)) {
            return;
        }
        repository.end(Secrets.tokenHash(sessionId), now()).ifPresent(username -> audit.record(
                new AuditEntry(username, Channels.CONSOLE, "session.signout", "user", username, "", Map.of(),
                        Map.of())));
    }

    /** Ends all sessions of a user but the one with {@code keepCsrfToken} (null: all of them). */
    public int endAllOf(String username, String keepCsrfToken) {
        return repository.endAllOf(username, keepCsrfToken, now());
    }

    private void touch(SessionRecord session, Instant now, Instant idleEnd) {
        try {
            repository.touch(session.id(), now, idleEnd);
        } catch (RuntimeException e) {
            // Bookkeeping only: a failed write must not sign a user out.
            LOG.warn("Could not record the use of session {}", session.id(), e);
        }
    }

    /** Deletes long-dead sessions, at most once an hour, when someone signs in. */
    private void purgeNowAndThen() {
        Instant now = now();
        Instant last = lastPurge.get();
        if (now.isBefore(last.plus(PURGE_INTERVAL)) || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        try {
            int purged = repository.purgeBefore(now.minus(KEEP_DEAD));
            if (purged > 0) {
                LOG.info("Deleted {} sessions that ended more than a day ago", purged);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not delete old sessions; will try again later", e);
        }
    }

    private static String address(String clientAddress) {
        return clientAddress == null || clientAddress.isBlank() ? "unknown" : truncate(clientAddress.strip(), MAX_ADDRESS);
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** Microseconds: what DATETIME(6) keeps, so a value reads back as it was written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
