package org.hromada.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.junit.jupiter.api.Test;

class SearchParamsTest {
    static final Set<String> TYPES = Set.of("news", "page");

    static List<String> badFields(String q, String type, String language, String page, String size) {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> SearchParams.parse(q, type, language, page, size, TYPES));
        assertEquals(400, problem.status());
        return problem.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void defaultsAndTrimming() {
        assertEquals(new SearchRequest("ремонт", TYPES, null, 1, 10),
                SearchParams.parse("  ремонт ", null, "", null, " ", TYPES));
        assertEquals(new SearchRequest("а", Set.of("page"), "en", 3, 50),
                SearchParams.parse("а", "page", "en", "3", "50", TYPES));
    }

    @Test
    void qIsRequiredAndAtMost200Characters() {
        assertEquals(List.of("q"), badFields(null, null, null, null, null));
        assertEquals(List.of("q"), badFields("   ", null, null, null, null));
        assertEquals(List.of("q"), badFields("я".repeat(201), null, null, null, null));
        assertEquals("я".repeat(200), SearchParams.parse("я".repeat(200), null, null, null, null, TYPES).text());
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        assertEquals(List.of("q", "type", "language", "page", "size"),
                badFields("", "video", "ukr", "0", "51"));
        assertEquals(List.of("page", "size"), badFields("а", null, null, "1001", "-1"));
        assertEquals(List.of("page", "size"), badFields("а", null, null, "99999999999999", "ten"));
    }
}
