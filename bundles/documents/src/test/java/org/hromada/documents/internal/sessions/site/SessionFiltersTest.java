package org.hromada.documents.internal.sessions.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hromada.documents.internal.sessions.BodyKind;
import org.hromada.documents.internal.sessions.SessionQuery;
import org.hromada.platform.api.site.RouteRequest;
import org.junit.jupiter.api.Test;

class SessionFiltersTest {

    private static SessionFilters filters(String... nameAndValue) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < nameAndValue.length; i += 2) {
            query.put(nameAndValue[i], List.of(nameAndValue[i + 1]));
        }
        return SessionFilters.of(new RouteRequest("/sessions", Map.of(), query, "uk"));
    }

    @Test
    void noFiltersAskForEveryPublishedSession() {
        SessionFilters none = filters();
        assertFalse(none.any());
        assertEquals(new SessionQuery(null, null, null, null, null, 1, 20, true), none.query(1, 20));
        assertEquals("/sessions", none.url("/sessions", 1));
    }

    @Test
    void goodValuesBecomeTheQuery() {
        SessionFilters f = filters("bodyKind", " plenary ", "convocation", "8", "year", "2026");
        assertTrue(f.errors().isEmpty());
        assertEquals(new SessionQuery(BodyKind.PLENARY, null, 8, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                3, 20, true), f.query(3, 20));
        assertEquals("/en/sessions?bodyKind=plenary&convocation=8&year=2026&page=2", f.url("/en/sessions", 2));
    }

    @Test
    void badValuesAreNamedAndLeftOutWhileTheOthersApply() {
        SessionFilters f = filters("bodyKind", "council", "convocation", "0", "year", "20x6");
        assertEquals(List.of("bodyKind", "convocation", "year"), f.errors());
        assertEquals(new SessionQuery(null, null, null, null, null, 1, 20, true), f.query(1, 20));
        assertEquals("20x6", f.values().get("year"), "shown back as typed");

        SessionFilters some = filters("year", "1899", "convocation", "1001", "bodyKind", "executive_committee");
        assertEquals(List.of("convocation", "year"), some.errors());
        assertEquals(BodyKind.EXECUTIVE_COMMITTEE, some.bodyKind());
        assertNull(some.year());
        assertEquals(List.of("year"), filters("year", "99999999999999999999").errors());
    }

    @Test
    void blanksAreNoFilterAndTheAddressKeepsWhatWasTyped() {
        SessionFilters f = filters("year", "  ", "bodyKind", "", "convocation", "8");
        assertEquals(Map.of("convocation", "8"), f.values());
        assertEquals("/sessions?year=%D1%80%D1%96%D0%BA", filters("year", "рік").url("/sessions", 1));
    }

    @Test
    void thePageIsReadLeniently() {
        assertEquals(1, SessionFilters.pageOf(null));
        assertEquals(1, SessionFilters.pageOf("abc"));
        assertEquals(1, SessionFilters.pageOf("0"));
        assertEquals(1, SessionFilters.pageOf("-2"));
        assertEquals(1, SessionFilters.pageOf("12345678"));
        assertEquals(3, SessionFilters.pageOf(" 3 "));
    }
}
