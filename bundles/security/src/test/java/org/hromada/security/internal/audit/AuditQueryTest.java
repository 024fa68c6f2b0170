package org.hromada.security.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hromada.platform.api.web.FieldError;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    private static AuditQuery.Parsed parse(String from, String to, String page, String size) {
        return AuditQuery.parse(null, null, null, null, null, from, to, page, size);
    }

    private static List<String> fields(AuditQuery.Parsed parsed) {
        return parsed.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void nothingGivenMeansEverythingFirstPage() {
        AuditQuery query = parse(null, " ", null, "").query();
        assertEquals(AuditQuery.latest(20), query);
    }

    @Test
    void textFiltersAreTrimmedAndBlankIsNone() {
        AuditQuery query = AuditQuery.parse(" admin ", "user.update", "user", " ", "console", null, null, "2", "50")
                .query();
        assertEquals("admin", query.actor());
        assertEquals("user.update", query.action());
        assertEquals("user", query.entityType());
        assertNull(query.entityId());
        assertEquals("console", query.channel());
        assertEquals(2, query.page());
        assertEquals(50, query.size());
    }

    @Test
    void datesAreWholeDaysInKyivAndToIsIncluded() {
        AuditQuery query = parse("2026-11-20", "2026-11-20", null, null).query();
        assertEquals(Instant.parse("2026-11-19T22:00:00Z"), query.from(), "midnight in Kyiv (UTC+2 in November)");
        assertEquals(Instant.parse("2026-11-20T22:00:00Z"), query.toExclusive());
    }

    @Test
    void instantsOffsetsAndLocalTimesAreAccepted() {
        AuditQuery query = parse("2026-11-20T08:00:00Z", "2026-11-20T12:00+02:00", null, null).query();
        assertEquals(Instant.parse("2026-11-20T08:00:00Z"), query.from());
        assertEquals(Instant.parse("2026-11-20T10:00:00.000001Z"), query.toExclusive(), "to is inclusive");
        assertEquals(Instant.parse("2026-07-01T07:30:00Z"), parse("2026-07-01T10:30", null, null, null).query().from(),
                "a local time is Kyiv's (UTC+3 in summer)");
    }

    @Test
    void badValuesAreReportedPerField() {
        AuditQuery.Parsed parsed = parse("yesterday", "2026-13-01", "0", "1000");
        assertFalse(parsed.valid());
        assertNull(parsed.query());
        assertEquals(List.of("page", "size", "from", "to"), fields(parsed));
        assertEquals(List.of("page"), fields(parse(null, null, "abc", null)));
        assertEquals(List.of("to"), fields(parse("2026-11-21", "2026-11-20", null, null)), "to before from");
        assertEquals(List.of("actor"), fields(AuditQuery.parse("x".repeat(201), null, null, null, null, null, null,
                null, null)));
    }

    @Test
    void jsonRoundTripsAndEmptyIsNull() {
        assertNull(AuditJson.write(Map.of()));
        String json = AuditJson.write(Map.of("at", Instant.parse("2026-11-20T08:00:00Z")));
        assertEquals("{\"at\":\"2026-11-20T08:00:00Z\"}", json);
        assertEquals(Map.of("at", "2026-11-20T08:00:00Z"), AuditJson.read(json));
        assertTrue(AuditJson.read(null).isEmpty());
        assertEquals(Map.of("(unreadable)", "{oops"), AuditJson.read("{oops"));
    }
}
