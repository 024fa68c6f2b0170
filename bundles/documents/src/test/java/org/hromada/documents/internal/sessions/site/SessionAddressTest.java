package org.hromada.documents.internal.sessions.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hromada.documents.internal.sessions.BodyKind;
import org.junit.jupiter.api.Test;

class SessionAddressTest {

    @Test
    void theAddressesTheApiGivesAreRead() {
        assertEquals(new SessionAddress(2026, BodyKind.PLENARY, 52), SessionAddress.parse("2026", "plenary-52").orElseThrow());
        assertEquals(new SessionAddress(2025, BodyKind.STANDING_COMMISSION, 12),
                SessionAddress.parse("2025", "commission-12").orElseThrow());
        assertEquals(new SessionAddress(2024, BodyKind.EXECUTIVE_COMMITTEE, 3),
                SessionAddress.parse("2024", "executive-committee-3").orElseThrow());
        assertEquals(BodyKind.PRESIDIUM, SessionAddress.parse("2026", "presidium-100000").orElseThrow().kind());
    }

    @Test
    void theAddressIsWrittenAsTheApiWritesIt() {
        assertEquals("/sessions/2026/plenary-52", SessionAddress.parse("2026", "plenary-52").orElseThrow().url());
        assertEquals("/sessions/2024/executive-committee-3",
                SessionAddress.parse("2024", "executive-committee-3").orElseThrow().url());
    }

    @Test
    void anythingElseIsNoAddress() {
        for (String[] bad : new String[][] {{"26", "plenary-52"}, {"20x6", "plenary-52"}, {"1899", "plenary-1"},
                {"3000", "plenary-1"}, {"2026", "plenary"}, {"2026", "plenary-"}, {"2026", "-52"},
                {"2026", "plenary-052"}, {"2026", "plenary-0"}, {"2026", "plenary-100001"},
                {"2026", "plenary-9999999999999"}, {"2026", "standing_commission-1"}, {"2026", "council-1"},
                {"2026", "Plenary-52"}, {"2026", "plenary-52.html"}, {"2026", "plenary--52"}, {null, "plenary-1"},
                {"2026", null}, {"٢٠٢٦", "plenary-1"}}) {
            assertTrue(SessionAddress.parse(bad[0], bad[1]).isEmpty(), String.join(" ", bad[0] + "", bad[1] + ""));
        }
    }
}
