package org.hromada.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hromada.platform.api.search.SearchDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The model of the public search page over a real index: its four states, pages, links. */
class SearchPageTest {
    static final Set<String> TYPES = SearchIndexTest.ALL_TYPES;

    @TempDir
    Path folder;
    SearchIndex index;

    @BeforeEach
    void open() throws IOException {
        index = SearchIndex.open(folder, UkrainianAnalysis.analyzer());
        List<SearchDocument> docs = new ArrayList<>();
        docs.add(SearchIndexTest.doc("news", 1, "uk", "Сесія ради", "Депутати ухвалили рішення про ремонт <школи> & садка"));
        docs.add(SearchIndexTest.doc("page", 2, "uk", "Про раду", "Склад ради і комісії"));
        docs.add(SearchIndexTest.doc("news", 3, "en", "Council session", "The council decided to repair the school"));
        for (int i = 10; i < 35; i++) {
            docs.add(SearchIndexTest.doc("announcement", i, "uk", "Відключення світла " + i, "Графік відключень"));
        }
        index.upsert(docs);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    Map<String, Object> model(String q, String type, String page, String language) {
        return SearchPage.model(SearchPageQuery.of(q, type, page, TYPES), language, TYPES, index::search);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> hits(Map<String, Object> model) {
        return (List<Map<String, Object>>) model.get("hits");
    }

    @Test
    void nothingTypedAsksForAQuery() {
        Map<String, Object> model = model(null, null, null, "uk");
        assertEquals("ask", model.get("state"));
        assertEquals("", model.get("query"));
        assertEquals("/en/search", model.get("alternate"));
        assertEquals(List.of("announcement", "news", "page"), model.get("types"), "sorted, for the type choice");
    }

    @Test
    void findsOtherFormsOfTheWordsAndMarksThemInSafeHtml() {
        Map<String, Object> model = model("рішенням ремонту", null, null, "uk");
        assertEquals("results", model.get("state"));
        assertEquals(1L, model.get("total"));
        Map<String, Object> hit = hits(model).get(0);
        assertEquals("Сесія ради", hit.get("title"));
        assertEquals("/news/1", hit.get("url"));
        assertEquals("news", hit.get("type"));
        assertEquals("20 листопада 2026", hit.get("date"));
        assertEquals("2026-11-20T11:00:01+02:00", hit.get("datetime"));
        String snippet = (String) hit.get("snippet");
        assertTrue(snippet.contains("<mark>рішення</mark>") && snippet.contains("<mark>ремонт</mark>"), snippet);
        assertTrue(snippet.contains("&lt;школи&gt; &amp; садка"), "the text is escaped: " + snippet);
        assertEquals("/en/search?q=%D1%80%D1%96%D1%88%D0%B5%D0%BD%D0%BD%D1%8F%D0%BC+%D1%80%D0%B5%D0%BC%D0%BE%D0%BD%D1%82%D1%83",
                model.get("alternate"), "the language switch keeps the query");
    }

    @Test
    void searchesInThePagesLanguage() {
        Map<String, Object> model = model("council", null, null, "en");
        assertEquals("results", model.get("state"));
        assertEquals("/news/3", hits(model).get(0).get("url"));
        assertEquals("none", model("council", null, null, "uk").get("state"));
    }

    @Test
    void nothingFoundIsAFriendlyState() {
        Map<String, Object> model = model("космодром", null, null, "uk");
        assertEquals("none", model.get("state"));
        assertEquals("космодром", model.get("query"));
        assertFalse(model.containsKey("allTypesUrl"));
        Map<String, Object> inOneType = model("рада", "announcement", null, "uk");
        assertEquals("none", inOneType.get("state"));
        assertEquals("/search?q=%D1%80%D0%B0%D0%B4%D0%B0", inOneType.get("allTypesUrl"), "a way out of the filter");
    }

    @Test
    void theTypeNarrowsTheResults() {
        Map<String, Object> model = model("ради", "page", null, "uk");
        assertEquals(1L, model.get("total"));
        assertEquals("page", hits(model).get(0).get("type"));
        assertEquals("page", model.get("type"));
    }

    @Test
    void resultsArePaginatedWithLinksThatKeepTheQuery() {
        Map<String, Object> first = model("відключення", null, null, "uk");
        assertEquals(25L, first.get("total"));
        assertEquals(3, first.get("pageCount"));
        assertEquals(10, hits(first).size());
        assertFalse(first.containsKey("previousUrl"));
        assertEquals("/search?q=%D0%B2%D1%96%D0%B4%D0%BA%D0%BB%D1%8E%D1%87%D0%B5%D0%BD%D0%BD%D1%8F&page=2", first.get("nextUrl"));

        Map<String, Object> second = model("відключення", "announcement", "2", "uk");
        assertEquals(11, second.get("firstNumber"));
        assertEquals(20, second.get("lastNumber"));
        assertEquals("/search?q=%D0%B2%D1%96%D0%B4%D0%BA%D0%BB%D1%8E%D1%87%D0%B5%D0%BD%D0%BD%D1%8F&type=announcement",
                second.get("previousUrl"), "page 1 has no number");
    }

    @Test
    void aPagePastTheEndShowsTheLastPage() {
        Map<String, Object> model = model("відключення", null, "77", "uk");
        assertEquals("results", model.get("state"));
        assertEquals(3, model.get("page"));
        assertEquals(5, hits(model).size());
        assertFalse(model.containsKey("nextUrl"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "?", "\\", "AND OR NOT", "(((", "title:рада", "~2", "^", "/.*/", "'; drop table --",
            "<script>alert(1)</script>", "%00", "%zz", "😀", "ǅ", "\u202e", "-", "..."})
    void oddInputShowsAPageNotAnError(String typed) {
        Map<String, Object> model = model(typed, typed, typed, "uk");
        assertTrue(Set.of("results", "none").contains(model.get("state")), typed + " → " + model);
        assertEquals(typed.strip(), model.get("query"), "shown back as typed (the template escapes it)");
    }

    @Test
    void aVeryLongQueryIsShortenedAndStillSearches() {
        Map<String, Object> model = model("ремонт ".repeat(500), null, "abc", "uk");
        assertEquals(true, model.get("shortened"));
        assertEquals("results", model.get("state"));
    }

    @Test
    void anIndexThatCannotBeReadIsAFriendlyStateToo() {
        Map<String, Object> model = SearchPage.model(SearchPageQuery.of("рада", null, null, TYPES), "uk", TYPES,
                request -> {
                    throw new IOException("disk gone");
                });
        assertEquals("unavailable", model.get("state"));
        assertEquals("рада", model.get("query"));
    }

    @Test
    void noSearchableTypesFindsNothing() {
        Map<String, Object> model = SearchPage.model(SearchPageQuery.of("рада", "news", null, Set.of()), "uk", Set.of(),
                index::search);
        assertEquals("none", model.get("state"));
    }
}
