package org.hromada.requests.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.requests.internal.entities.Requester;
import org.hromada.requests.internal.model.Channel;
import org.hromada.requests.internal.rules.Submission;
import org.hromada.requests.internal.web.Registered;
import org.junit.jupiter.api.Test;

class RecentRegistrationsTest {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    private static Submission request(String description, Instant receivedAt) {
        return new Submission(new Requester("Олена Коваль", "olena@example.org", null, null), description, false,
                null, Channel.WEB, receivedAt, null, null, null);
    }

    @Test
    void theSameRequestWithinTheWindowIsTheFirstRegistrationAndLaterItIsForgotten() {
        RecentRegistrations recent = new RecentRegistrations();
        Registered first = new Registered(null, "2026-00017", NOW, LocalDate.of(2026, 12, 12), null, "K7Q2-M9XD");
        String key = RecentRegistrations.key(request("Договори на ремонт доріг", NOW), null, List.of());
        recent.remember(key, first, NOW);

        String again = RecentRegistrations.key(request("Договори на ремонт доріг", NOW.plusSeconds(1)), null, List.of());
        assertEquals(key, again, "the public's time of receipt is the moment it came: not part of the request");
        assertEquals(first, recent.find(again, NOW.plusSeconds(1)).orElseThrow());
        assertTrue(recent.find(again, NOW.plus(RecentRegistrations.WINDOW).plusSeconds(1)).isEmpty());
    }

    @Test
    void anotherTextOtherFilesOrAnotherOfficerMakeAnotherRequest() {
        String key = RecentRegistrations.key(request("Договори на ремонт доріг", NOW), null, List.of());
        assertNotEquals(key, RecentRegistrations.key(request("Договори на ремонт тротуарів", NOW), null, List.of()));
        Identity halyna = new Identity("halyna", Set.of(Roles.EDITOR));
        Identity taras = new Identity("taras", Set.of(Roles.EDITOR));
        assertNotEquals(RecentRegistrations.key(request("Договори", NOW), halyna, List.of()),
                RecentRegistrations.key(request("Договори", NOW), taras, List.of()));
        assertNotEquals(RecentRegistrations.key(request("Договори", NOW), halyna, List.of()),
                RecentRegistrations.key(request("Договори", NOW.plusSeconds(60)), halyna, List.of()),
                "staff give the time of receipt: two letters of the same words are two requests");
    }

    @Test
    void theOldestAreDroppedBeyondTheLimit() {
        RecentRegistrations recent = new RecentRegistrations();
        for (int i = 0; i <= RecentRegistrations.MAX; i++) {
            recent.remember("k" + i, new Registered(null, "n" + i, NOW, null, null, "c"), NOW);
        }
        assertTrue(recent.find("k0", NOW).isEmpty());
        assertEquals("n" + RecentRegistrations.MAX, recent.find("k" + RecentRegistrations.MAX, NOW).orElseThrow().number());
    }
}
