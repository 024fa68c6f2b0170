package org.hromada.security.internal.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Session;
import org.hromada.platform.api.security.SignIn;
import org.hromada.security.internal.Secrets;
import org.hromada.security.internal.UserView;
import org.hromada.security.internal.auth.LoginThrottle;
import org.hromada.security.internal.auth.MutableClock;
import org.junit.jupiter.api.Test;

class SessionKeeperTest {
    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final Duration ABSOLUTE = Duration.ofHours(12);
    private static final String PASSWORD = "right-Password-1";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, 3, LoginThrottle.DEFAULT_WINDOW);
    private final MemoryRepository repository = new MemoryRepository();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final Map<String, Boolean> enabled = new HashMap<>(Map.of("olena", true, "taras", true));
    private final SessionKeeper keeper = new SessionKeeper(clock, IDLE, ABSOLUTE, throttle, this::check, repository,
            audit::add);

    private Optional<UserView> check(String username, String password) {
        boolean ok = enabled.getOrDefault(username, false) && PASSWORD.equals(password);
        return ok ? Optional.of(new UserView(username, username, List.of("editor"), true, clock.instant(),
                clock.instant())) : Optional.empty();
    }

    private Session signIn(String username) {
        return assertInstanceOf(SignIn.Success.class, keeper.signIn(username, PASSWORD, "10.0.0.1")).session();
    }

    @Test
    void aSignInOpensASessionThatResumes() {
        Session session = signIn("Olena ");
        assertEquals(Secrets.TOKEN_LENGTH, session.id().length());
        assertNotEquals(session.id(), session.csrfToken());
        assertEquals(Channels.CONSOLE, session.identity().channel());
        assertEquals("olena", session.identity().username());
        assertEquals(clock.instant().plus(IDLE), session.idleExpiresAt());
        assertEquals(clock.instant().plus(ABSOLUTE), session.absoluteExpiresAt());
        assertTrue(repository.byHash.containsKey(Secrets.tokenHash(session.id())), "stored by hash");
        assertTrue(repository.byHash.values().stream().noneMatch(s -> s.toString().contains(session.id())),
                "the secret itself is never stored");

        Session resumed = keeper.resume(session.id()).orElseThrow();
        assertEquals(Set.of("editor"), resumed.identity().roles());
        assertEquals(session.csrfToken(), resumed.csrfToken());
        assertEquals("session.signin", audit.get(0).action());
    }

    @Test
    void anIdleSessionEnds() {
        Session session = signIn("olena");
        clock.advance(IDLE.minusSeconds(1));
        assertTrue(keeper.resume(session.id()).isPresent(), "a second before the idle timeout");
        clock.advance(IDLE);
        assertTrue(keeper.resume(session.id()).isEmpty(), "idle for the whole timeout since the last use");
    }

    @Test
    void useRenewsTheIdleTimeButWritesAtMostOnceAMinute() {
        Session session = signIn("olena");
        clock.advance(Duration.ofSeconds(30));
        keeper.resume(session.id()).orElseThrow();
        assertEquals(0, repository.touches, "used 30 s after the last write: nothing written");
        clock.advance(Duration.ofSeconds(30));
        Session renewed = keeper.resume(session.id()).orElseThrow();
        assertEquals(1, repository.touches);
        assertEquals(clock.instant().plus(IDLE), renewed.idleExpiresAt());
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(25));
            assertTrue(keeper.resume(session.id()).isPresent(), "kept alive by use, round " + i);
        }
    }

    @Test
    void aBusySessionStillEndsAtTheAbsoluteTimeout() {
        Session session = signIn("olena");
        Instant end = clock.instant().plus(ABSOLUTE);
        while (clock.instant().plus(Duration.ofMinutes(20)).isBefore(end)) {
            clock.advance(Duration.ofMinutes(20));
            Session resumed = keeper.resume(session.id()).orElseThrow();
            assertTrue(!resumed.idleExpiresAt().isAfter(end), "idle expiry never passes the absolute one");
        }
        clock.advance(Duration.ofMinutes(20));
        assertTrue(keeper.resume(session.id()).isEmpty());
    }

    @Test
    void signOutEndsTheSessionAndIsAudited() {
        Session session = signIn("olena");
        keeper.end(session.id());
        assertTrue(keeper.resume(session.id()).isEmpty());
        assertEquals("session.signout", audit.get(audit.size() - 1).action());
        keeper.end(session.id());
        keeper.end("nonsense");
        assertEquals(2, audit.size(), "ending twice or an unknown id records nothing more");
    }

    @Test
    void aDisabledUsersSessionsAreEmptyAtOnce() {
        Session session = signIn("olena");
        repository.disable("olena");
        assertTrue(keeper.resume(session.id()).isEmpty());
    }

    @Test
    void endAllOfKeepsOnlyTheNamedSession() {
        Session first = signIn("olena");
        Session second = signIn("olena");
        Session other = signIn("taras");
        assertEquals(1, keeper.endAllOf("olena", second.csrfToken()));
        assertTrue(keeper.resume(first.id()).isEmpty());
        assertTrue(keeper.resume(second.id()).isPresent());
        assertTrue(keeper.resume(other.id()).isPresent());
    }

    @Test
    void wrongPasswordUnknownAndDisabledUsersAreRefusedAlike() {
        enabled.put("taras", false);
        assertInstanceOf(SignIn.Refused.class, keeper.signIn("olena", "wrong-password", "10.0.0.1"));
        assertInstanceOf(SignIn.Refused.class, keeper.signIn("nobody", PASSWORD, "10.0.0.2"));
        assertInstanceOf(SignIn.Refused.class, keeper.signIn("taras", PASSWORD, "10.0.0.3"));
        assertEquals(List.of("session.signin.refused", "session.signin.refused", "session.signin.refused"),
                audit.stream().map(AuditEntry::action).toList());
        assertEquals("nobody", audit.get(1).actor(), "the actor is the name that was typed");
        assertTrue(repository.byHash.isEmpty());
    }

    @Test
    void tooManyFailuresThrottleEvenTheRightPassword() {
        for (int i = 0; i < 3; i++) {
            keeper.signIn("olena", "wrong-password", "10.0.0." + i);
        }
        SignIn.Throttled throttled = assertInstanceOf(SignIn.Throttled.class,
                keeper.signIn("olena", PASSWORD, "10.0.0.9"));
        assertEquals(LoginThrottle.DEFAULT_WINDOW, throttled.retryAfter());
    }

    @Test
    void theThrottleIsSharedWithOtherSignInPaths() {
        // The API's token endpoint counts its failures on the same throttle instance.
        throttle.tryAttempt("olena", "10.0.0.1");
        throttle.tryAttempt("olena", "10.0.0.1");
        throttle.tryAttempt("olena", "10.0.0.1");
        assertInstanceOf(SignIn.Throttled.class, keeper.signIn("olena", PASSWORD, "10.0.0.2"));
    }

    @Test
    void idsThatCannotBeSessionsAreNotLookedUp() {
        assertTrue(keeper.resume(null).isEmpty());
        assertTrue(keeper.resume("short").isEmpty());
        assertEquals(0, repository.finds);
    }

    @Test
    void oldSessionsAreDeletedOnSignIn() {
        Session old = signIn("olena");
        keeper.end(old.id());
        clock.advance(Duration.ofDays(2));
        signIn("taras");
        assertTrue(repository.byHash.values().stream().noneMatch(s -> s.username().equals("olena")));
    }

    /** Sessions in a map, with the database's semantics. */
    private final class MemoryRepository implements SessionRepository {
        final Map<String, SessionRecord> byHash = new HashMap<>();
        int touches;
        int finds;
        long nextId = 1;

        @Override
        public boolean insert(String hash, String username, String csrf, Instant now, Instant idle, Instant absolute,
                              String address) {
            byHash.put(hash, new SessionRecord(nextId++, username, Set.of("editor"), true, csrf, now, idle, absolute,
                    null));
            return true;
        }

        @Override
        public Optional<SessionRecord> find(String hash) {
            finds++;
            return Optional.ofNullable(byHash.get(hash));
        }

        @Override
        public void touch(long id, Instant now, Instant idle) {
            touches++;
            replaceIf(s -> s.id() == id, s -> new SessionRecord(s.id(), s.username(), s.roles(), s.userEnabled(),
                    s.csrfToken(), now, idle, s.absoluteExpiresAt(), s.endedAt()));
        }

        @Override
        public Optional<String> end(String hash, Instant now) {
            SessionRecord s = byHash.get(hash);
            if (s == null || s.endedAt() != null) {
                return Optional.empty();
            }
            byHash.put(hash, ended(s, now));
            return Optional.of(s.username());
        }

        @Override
        public int endAllOf(String username, String keep, Instant now) {
            return replaceIf(s -> s.username().equals(username) && s.endedAt() == null && !s.csrfToken().equals(keep),
                    s -> ended(s, now));
        }

        @Override
        public int purgeBefore(Instant cutoff) {
            int before = byHash.size();
            byHash.values().removeIf(s -> s.absoluteExpiresAt().isBefore(cutoff) || s.idleExpiresAt().isBefore(cutoff)
                    || (s.endedAt() != null && s.endedAt().isBefore(cutoff)));
            return before - byHash.size();
        }

        void disable(String username) {
            replaceIf(s -> s.username().equals(username), s -> new SessionRecord(s.id(), s.username(), s.roles(),
                    false, s.csrfToken(), s.lastSeenAt(), s.idleExpiresAt(), s.absoluteExpiresAt(), s.endedAt()));
        }

        private SessionRecord ended(SessionRecord s, Instant now) {
            return new SessionRecord(s.id(), s.username(), s.roles(), s.userEnabled(), s.csrfToken(), s.lastSeenAt(),
                    s.idleExpiresAt(), s.absoluteExpiresAt(), now);
        }

        private int replaceIf(java.util.function.Predicate<SessionRecord> which,
                              java.util.function.UnaryOperator<SessionRecord> how) {
            int[] count = {0};
            byHash.replaceAll((hash, s) -> {
                if (which.test(s)) {
                    count[0]++;
                    return how.apply(s);
                }
                return s;
            });
            return count[0];
        }
    }
}
