package org.hromada.requests.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void fivePerTenMinutesPerAddressThenTheWaitIsTold() {
        RateLimiter limiter = new RateLimiter(5, Duration.ofMinutes(10));
        Instant start = Instant.parse("2026-11-10T08:00:00Z");
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.attempt("192.0.2.1", start.plusSeconds(i)).isEmpty());
        }
        assertEquals(595, limiter.attempt("192.0.2.1", start.plusSeconds(5)).getAsLong(), "until the first leaves the window");
        assertTrue(limiter.attempt("192.0.2.2", start.plusSeconds(5)).isEmpty(), "another address");
        assertEquals(1, limiter.attempt("192.0.2.1", start.plusSeconds(599)).getAsLong());
        assertTrue(limiter.attempt("192.0.2.1", start.plusSeconds(600)).isEmpty(), "the first one left the window");
    }
}
