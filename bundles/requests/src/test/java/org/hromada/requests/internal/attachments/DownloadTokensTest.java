package org.hromada.requests.internal.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A download link names one file, cannot be altered and stops working. */
class DownloadTokensTest {
    private static final Instant NOW = Instant.parse("2026-11-06T14:00:00Z");
    private static final byte[] KEY = "a key of the council".getBytes(StandardCharsets.UTF_8);

    private static DownloadTokens at(Instant now) {
        return new DownloadTokens(KEY, Duration.ofMinutes(60), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aLinkWorksForItsFileUntilItExpires() {
        DownloadTokens.Link link = at(NOW).issue(42);
        assertEquals(NOW.plus(Duration.ofMinutes(60)), link.expiresAt());
        assertTrue(link.token().matches("[A-Za-z0-9_-]{40,50}"), link.token());
        assertEquals(OptionalLong.of(42), at(NOW.plusSeconds(3599)).verify(link.token()));
        assertEquals(OptionalLong.empty(), at(NOW.plusSeconds(3600)).verify(link.token()));
    }

    @Test
    void anAlteredForgedOrForeignLinkNamesNothing() {
        String token = at(NOW).issue(42).token();
        char last = token.charAt(5);
        String altered = token.substring(0, 5) + (last == 'A' ? 'B' : 'A') + token.substring(6);
        assertEquals(OptionalLong.empty(), at(NOW).verify(altered));
        assertEquals(OptionalLong.empty(), at(NOW).verify("not a token"));
        assertEquals(OptionalLong.empty(), at(NOW).verify(""));
        assertEquals(OptionalLong.empty(), at(NOW).verify(null));
        assertEquals(OptionalLong.empty(), at(NOW).verify("x".repeat(1000)));
        DownloadTokens other = new DownloadTokens("another key".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(60),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertEquals(OptionalLong.empty(), other.verify(token));
    }
}
