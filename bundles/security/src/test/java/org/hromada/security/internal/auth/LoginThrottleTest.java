package org.hromada.security.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, 3, WINDOW);

    /** One attempt with a wrong password; true when the throttle let it through. */
    private boolean fail(String username, String address) {
        return throttle.tryAttempt(username, address).isEmpty();
    }

    @Test
    void blocksAUsernameAfterTheMaximumOfFailures() {
        assertTrue(fail("olena", "10.0.0.1"));
        assertTrue(fail("olena", "10.0.0.2"));
        assertTrue(fail("olena", "10.0.0.3"));
        assertEquals(Optional.of(WINDOW), throttle.tryAttempt("olena", "10.0.0.4"), "fourth attempt, new address");
        assertTrue(fail("taras", "10.0.0.4"), "other usernames are not affected");
    }

    @Test
    void blocksAnAddressAfterTheMaximumOfFailuresOnAnyUsernames() {
        assertTrue(fail("a", "10.0.0.1"));
        assertTrue(fail("b", "10.0.0.1"));
        assertTrue(fail("c", "10.0.0.1"));
        assertTrue(throttle.tryAttempt("d", "10.0.0.1").isPresent());
        assertTrue(fail("d", "10.0.0.2"), "other addresses are not affected");
    }

    @Test
    void anOfficeBehindOneAddressIsNotLockedOutByOneUsersMistakes() {
        LoginThrottle office = new LoginThrottle(clock, 2, 5, WINDOW);
        assertTrue(office.tryAttempt("olena", "10.0.0.1").isEmpty());
        assertTrue(office.tryAttempt("olena", "10.0.0.1").isEmpty());
        assertTrue(office.tryAttempt("olena", "10.0.0.1").isPresent(), "olena has used her attempts");
        assertTrue(office.tryAttempt("taras", "10.0.0.1").isEmpty(), "her colleague at the same address has not");
        assertTrue(office.tryAttempt("ivan", "10.0.0.1").isEmpty());
        assertTrue(office.tryAttempt("maria", "10.0.0.1").isEmpty());
        assertTrue(office.tryAttempt("petro", "10.0.0.1").isPresent(), "five failures from one address block it");
    }

    @Test
    void retryAfterCountsDownToTheEndOfTheWindow() {
        fail("olena", "10.0.0.1");
        clock.advance(Duration.ofMinutes(5));
        fail("olena", "10.0.0.1");
        fail("olena", "10.0.0.1");
        clock.advance(Duration.ofSeconds(30));
        Duration wait = throttle.tryAttempt("olena", "10.0.0.1").orElseThrow();
        assertEquals(Duration.ofMinutes(10).minusSeconds(30), wait, "until the first failure is 15 minutes old");
        assertEquals(570, LoginThrottle.retryAfterSeconds(wait));
    }

    @Test
    void theBlockEndsWhenTheOldestFailureLeavesTheWindow() {
        fail("olena", "10.0.0.1");
        clock.advance(Duration.ofMinutes(1));
        fail("olena", "10.0.0.1");
        fail("olena", "10.0.0.1");
        clock.advance(Duration.ofMinutes(14).minusMillis(1));
        assertTrue(throttle.tryAttempt("olena", "10.0.0.1").isPresent(), "a millisecond early");
        clock.advance(Duration.ofMillis(1));
        assertTrue(fail("olena", "10.0.0.1"), "the first failure has left the window");
        assertEquals(Duration.ofMinutes(1), throttle.tryAttempt("olena", "10.0.0.1").orElseThrow(),
                "still three failures in the last 15 minutes: wait for the second to leave");
    }

    @Test
    void refusedAttemptsDoNotProlongTheBlock() {
        fail("olena", "10.0.0.1");
        fail("olena", "10.0.0.1");
        fail("olena", "10.0.0.1");
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertTrue(throttle.tryAttempt("olena", "10.0.0.1").isPresent());
        }
        clock.advance(Duration.ofMinutes(5));
        assertTrue(fail("olena", "10.0.0.1"));
    }

    @Test
    void successResetsTheUsername() {
        fail("olena", "10.0.0.1");
        fail("olena", "10.0.0.2");
        assertTrue(throttle.tryAttempt("olena", "10.0.0.3").isEmpty());
        throttle.succeeded("olena", "10.0.0.3");
        assertTrue(fail("olena", "10.0.0.4"));
        assertTrue(fail("olena", "10.0.0.5"));
        assertTrue(fail("olena", "10.0.0.6"), "three failures since the success are allowed");
        assertTrue(throttle.tryAttempt("olena", "10.0.0.7").isPresent());
    }

    @Test
    void successDoesNotClearTheAddressButIsNotCountedAgainstIt() {
        fail("a", "10.0.0.1");
        fail("b", "10.0.0.1");
        assertTrue(throttle.tryAttempt("olena", "10.0.0.1").isEmpty());
        throttle.succeeded("olena", "10.0.0.1");
        assertTrue(fail("c", "10.0.0.1"), "two failures plus a success leave room for one more");
        assertTrue(throttle.tryAttempt("d", "10.0.0.1").isPresent());
    }

    @Test
    void blocksEvenWhenThePasswordWouldBeRight() {
        fail("olena", "10.0.0.1");
        fail("olena", "10.0.0.1");
        fail("olena", "10.0.0.1");
        // The caller checks the password only when tryAttempt lets it; here it does not.
        assertTrue(throttle.tryAttempt("olena", "10.0.0.9").isPresent());
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertEquals(1, LoginThrottle.retryAfterSeconds(Duration.ofMillis(1)));
        assertEquals(1, LoginThrottle.retryAfterSeconds(Duration.ZERO));
        assertEquals(2, LoginThrottle.retryAfterSeconds(Duration.ofMillis(1001)));
        assertEquals(900, LoginThrottle.retryAfterSeconds(Duration.ofMinutes(15)));
    }

    @Test
    void forgetsQuietEntriesAfterTheWindow() {
        fail("olena", "10.0.0.1");
        fail("olena", "10.0.0.1");
        fail("olena", "10.0.0.1");
        clock.advance(WINDOW);
        assertTrue(fail("olena", "10.0.0.1"));
        assertTrue(fail("olena", "10.0.0.1"));
        assertTrue(fail("olena", "10.0.0.1"));
        assertTrue(throttle.tryAttempt("olena", "10.0.0.1").isPresent());
    }

    @Test
    void refusesNonsenseLimits() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(clock, 0, 3, WINDOW));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(clock, 3, 0, WINDOW));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(clock, 5, 5, Duration.ZERO));
    }
}
