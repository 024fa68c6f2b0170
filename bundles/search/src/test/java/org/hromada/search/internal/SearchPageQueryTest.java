package org.hromada.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hromada.platform.api.site.RouteRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The search page reads whatever is typed as something it can show, never as an error. */
class SearchPageQueryTest {
    static final Set<String> TYPES = Set.of("news", "page");

    static SearchPageQuery of(String q, String type, String page) {
        return SearchPageQuery.of(q, type, page, TYPES);
    }

    @Test
    void nothingTypedIsAnEmptyQueryOnTheFirstPage() {
        assertEquals(new SearchPageQuery("", false, "", 1), of(null, null, null));
        assertEquals(new SearchPageQuery("", false, "", 1), of("   ", "", ""));
        assertEquals(TYPES, of(null, null, null).types(TYPES));
    }

    @Test
    void theTextIsStrippedAndControlCharactersAreSpaces() {
        assertEquals("рішення ради", of("  рішення\u0000ради\t ", null, null).text());
    }

    @Test
    void aTooLongQueryIsShortenedNotRefused() {
        SearchPageQuery query = of("ремонт ".repeat(100), null, null);
        assertTrue(query.shortened());
        assertTrue(query.text().length() <= SearchParams.MAX_TEXT, query.text());
        assertFalse(of("ремонт", null, null).shortened());
    }

    @Test
    void aQueryIsNeverCutInsideACharacter() {
        String text = "а".repeat(SearchParams.MAX_TEXT - 1) + "😀" + "б";
        String shortened = of(text, null, null).text();
        assertEquals(SearchParams.MAX_TEXT - 1, shortened.length());
        assertFalse(Character.isHighSurrogate(shortened.charAt(shortened.length() - 1)));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null,1", "abc,1", "0,1", "-3,1", "2,2", "' 7 ',7", "1.5,1",
            "99999,1000", "99999999999999999999,1000"})
    void pagesAreReadLeniently(String raw, int page) {
        assertEquals(page, of("x", null, raw).page());
    }

    @Test
    void anUnknownTypeMeansEveryType() {
        assertEquals("", of("x", "<script>", null).type());
        assertEquals(TYPES, of("x", "nonsense", null).types(TYPES));
        assertEquals("page", of("x", " page ", null).type());
        assertEquals(Set.of("page"), of("x", "page", null).types(TYPES));
    }

    @Test
    void readsTheRoutesRequest() {
        RouteRequest request = new RouteRequest("/search", Map.of(),
                Map.of("q", List.of("бюджет"), "type", List.of("news"), "page", List.of("2")), "uk");
        assertEquals(new SearchPageQuery("бюджет", false, "news", 2), SearchPageQuery.of(request, TYPES));
    }
}
