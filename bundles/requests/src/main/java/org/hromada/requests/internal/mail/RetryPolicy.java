package org.hromada.requests.internal.mail;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed e-mail is tried again: after {@code base}, then twice as long each time, at most an
 * hour apart; after {@code maxAttempts} it is given up (and stays in the outbox for staff to see).
 */
public record RetryPolicy(Duration base, int maxAttempts) {
    static final Duration LONGEST = Duration.ofHours(1);

    /** The next attempt after {@code attempts} failed ones, or null to give up. */
    public Instant next(int attempts, Instant now) {
        if (attempts >= maxAttempts) {
            return null;
        }
        Duration longest = base.compareTo(LONGEST) > 0 ? base : LONGEST;
        Duration delay = base.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return now.plus(delay.compareTo(longest) > 0 ? longest : delay);
    }
}
