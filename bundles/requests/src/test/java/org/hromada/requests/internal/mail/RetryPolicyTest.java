package org.hromada.requests.internal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void waitsTwiceAsLongEachTimeAtMostAnHourThenGivesUp() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), 20);
        Instant now = Instant.parse("2026-11-10T08:00:00Z");
        assertEquals(now.plus(Duration.ofMinutes(1)), policy.next(1, now));
        assertEquals(now.plus(Duration.ofMinutes(2)), policy.next(2, now));
        assertEquals(now.plus(Duration.ofMinutes(32)), policy.next(6, now));
        assertEquals(now.plus(Duration.ofHours(1)), policy.next(7, now));
        assertEquals(now.plus(Duration.ofHours(1)), policy.next(19, now));
        assertNull(policy.next(20, now));
    }
}
