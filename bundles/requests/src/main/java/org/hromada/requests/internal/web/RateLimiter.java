package org.hromada.requests.internal.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} public submissions per client address in any {@code window} (a sliding
 * window, in memory, per node). Addresses are forgotten when their window has passed.
 */
public final class RateLimiter {
    /** Past this many addresses, the ones with nothing in their window are swept out. */
    private static final int SWEEP_AT = 10_000;

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> seen = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Counts one submission; empty when allowed, else the seconds to wait (for Retry-After). */
    public OptionalLong attempt(String address, Instant now) {
        if (seen.size() > SWEEP_AT) {
            seen.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || !e.getValue().peekLast().isAfter(now.minus(window));
                }
            });
        }
        Deque<Instant> times = seen.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                Duration wait = Duration.between(now, times.peekFirst().plus(window));
                return OptionalLong.of(Math.max(1, (wait.toMillis() + 999) / 1000));
            }
            times.addLast(now);
            return OptionalLong.empty();
        }
    }
}
