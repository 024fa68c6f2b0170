package org.hromada.security.internal.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Slows down password guessing: after {@code perUser} failed sign-ins within the window for one
 * username, or {@code perAddress} from one client address, further attempts are refused until the
 * oldest of those failures leaves the window, even with the right password. The address limit is
 * the higher one: many staff of one office share an address, and one of them mistyping must not
 * lock out the rest.
 *
 * <p>An attempt is counted as a failure <em>before</em> the password is checked and forgiven when it
 * turns out right, so parallel guesses cannot all slip past the limit while Argon2 runs.
 * State is in memory, per node, and bounded: entries expire with the window and the least useful
 * go first when there are too many.
 */
public final class LoginThrottle {
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);
    static final long MAX_TRACKED = 50_000;

    private final Clock clock;
    private final int perUser;
    private final int perAddress;
    private final Duration window;
    private final Cache<String, Failures> byUsername;
    private final Cache<String, Failures> byAddress;

    public LoginThrottle(Clock clock, int perUser, int perAddress, Duration window) {
        if (perUser < 1 || perAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the limits and the window must be positive");
        }
        this.clock = clock;
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.window = window;
        this.byUsername = newCache();
        this.byAddress = newCache();
    }

    /**
     * Empty when this attempt may go ahead (it is now counted as failed until {@link #succeeded});
     * otherwise how long the client must wait.
     */
    public synchronized Optional<Duration> tryAttempt(String username, String address) {
        Instant now = clock.instant();
        Failures user = current(byUsername, username, now, perUser);
        Failures from = current(byAddress, address, now, perAddress);
        Duration wait = max(user.waitAt(now), from.waitAt(now));
        if (!wait.isZero()) {
            return Optional.of(wait);
        }
        byUsername.put(username, user.plus(now));
        byAddress.put(address, from.plus(now));
        return Optional.empty();
    }

    /** The attempt was right: the username starts afresh, and the address is forgiven this attempt. */
    public synchronized void succeeded(String username, String address) {
        byUsername.invalidate(username);
        Failures from = byAddress.getIfPresent(address);
        if (from != null) {
            byAddress.put(address, from.withoutNewest());
        }
    }

    /** The value of a {@code Retry-After} header: whole seconds, rounded up, at least 1. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }

    private Failures current(Cache<String, Failures> cache, String key, Instant now, int limit) {
        Failures failures = cache.getIfPresent(key);
        return failures == null ? new Failures(List.of(), limit) : failures.since(now.minus(window));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private Cache<String, Failures> newCache() {
        return Caffeine.newBuilder()
                .maximumSize(MAX_TRACKED)
                .expireAfterWrite(window)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run) // no background threads from a bundle; eviction is cheap
                .build();
    }

    /** The times of the latest failures, oldest first, never more than {@code limit}. */
    private final class Failures {
        private final List<Instant> times;
        private final int limit;

        Failures(List<Instant> times, int limit) {
            this.times = List.copyOf(times);
            this.limit = limit;
        }

        Failures since(Instant start) {
            return new Failures(times.stream().filter(start::isBefore).toList(), limit);
        }

        /** Zero when not blocked, else until the oldest counted failure leaves the window. */
        Duration waitAt(Instant now) {
            if (times.size() < limit) {
                return Duration.ZERO;
            }
            Duration wait = Duration.between(now, times.get(times.size() - limit).plus(window));
            return wait.isNegative() || wait.isZero() ? Duration.ZERO : wait;
        }

        Failures plus(Instant time) {
            List<Instant> next = new ArrayList<>(times);
            next.add(time);
            return new Failures(next.subList(Math.max(0, next.size() - limit), next.size()), limit);
        }

        Failures withoutNewest() {
            return new Failures(times.isEmpty() ? times : times.subList(0, times.size() - 1), limit);
        }
    }
}
