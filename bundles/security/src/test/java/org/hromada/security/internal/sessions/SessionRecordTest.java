package org.hromada.security.internal.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionRecordTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private static SessionRecord session(boolean enabled, Instant idle, Instant absolute, Instant ended) {
        return new SessionRecord(1, "olena", Set.of("author"), enabled, "csrf", NOW.minusSeconds(60), idle, absolute,
                ended);
    }

    @Test
    void liveUntilEitherTimeoutOrTheEnd() {
        Instant later = NOW.plusSeconds(60);
        assertTrue(session(true, later, later, null).liveAt(NOW));
        assertFalse(session(true, NOW, later, null).liveAt(NOW), "idle timeout at this very instant");
        assertFalse(session(true, later, NOW, null).liveAt(NOW), "absolute timeout at this very instant");
        assertFalse(session(true, later, later, NOW.minusSeconds(1)).liveAt(NOW), "ended");
        assertFalse(session(false, later, later, null).liveAt(NOW), "user disabled");
    }

    @Test
    void renewalNeverPassesTheAbsoluteEnd() {
        SessionRecord s = session(true, NOW.plusSeconds(60), NOW.plus(Duration.ofMinutes(10)), null);
        assertEquals(NOW.plus(Duration.ofMinutes(10)), s.renewedIdleAt(NOW, Duration.ofMinutes(30)));
        assertEquals(NOW.plus(Duration.ofMinutes(5)), s.renewedIdleAt(NOW, Duration.ofMinutes(5)));
    }

    @Test
    void writesAUseAtMostOnceAMinute() {
        SessionRecord s = session(true, NOW.plusSeconds(600), NOW.plusSeconds(600), null);
        assertTrue(s.needsTouchAt(NOW), "last seen exactly a minute ago");
        assertFalse(s.needsTouchAt(NOW.minusSeconds(1)));
    }
}
