package org.hromada.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hromada.platform.api.search.SearchDocument;
import org.hromada.platform.api.web.PageResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    static final Set<String> ALL_TYPES = Set.of("news", "announcement", "page");
    static final Instant DAY = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path folder;
    SearchIndex index;

    @BeforeEach
    void open() throws IOException {
        index = SearchIndex.open(folder, UkrainianAnalysis.analyzer());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    static SearchDocument doc(String type, long id, String language, String title, String text) {
        return new SearchDocument(type, id, language, title, text, "/" + type + "/" + id, DAY.plusSeconds(id));
    }

    PageResult<SearchHit> search(String text) throws IOException {
        return index.search(new SearchRequest(text, ALL_TYPES, null, 1, 10));
    }

    static List<Long> ids(PageResult<SearchHit> page) {
        return page.items().stream().map(SearchHit::id).toList();
    }

    @Test
    void findsTheIssuesExampleWithAHighlightedSnippet() throws IOException {
        index.upsert(List.of(doc("news", 1, "uk", "Сесія міської ради",
                "Депутати ухвалили рішення про ремонт доріг на вулиці Шевченка.")));
        PageResult<SearchHit> page = search("рішенням ремонту");
        assertEquals(1, page.total());
        SearchHit hit = page.items().get(0);
        assertEquals(new SearchHit("news", 1, "Сесія міської ради", "/news/1", "uk", DAY.plusSeconds(1),
                "Депутати ухвалили <mark>рішення</mark> про <mark>ремонт</mark> доріг на вулиці Шевченка."), hit);
    }

    @Test
    void snippetsEscapeEverythingButTheMarks() throws IOException {
        index.upsert(List.of(doc("news", 1, "uk", "Увага",
                "<script>alert('x')</script> ремонт & \"сесія\" <b>тут</b>")));
        String snippet = search("ремонт").items().get(0).snippet();
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>ремонт</mark> &amp; &quot;сесія&quot;"
                + " &lt;b&gt;тут&lt;/b&gt;", snippet);
        assertFalse(snippet.contains("<script"), snippet);
    }

    @Test
    void longTextsGiveAFragmentAroundTheMatch() throws IOException {
        String filler = "слово ".repeat(200);
        index.upsert(List.of(doc("page", 2, "uk", "Довідка", filler + "тут бюджет громади " + filler)));
        String snippet = search("бюджету").items().get(0).snippet();
        assertTrue(snippet.contains("<mark>бюджет</mark>"), snippet);
        assertTrue(snippet.startsWith("…слово") && snippet.endsWith("слово…"), snippet);
        assertTrue(snippet.length() < 400, snippet);
    }

    @Test
    void aTitleOnlyMatchShowsTheStartOfTheText() throws IOException {
        index.upsert(List.of(doc("news", 3, "uk", "Бюджет на 2027 рік", "Оприлюднено проєкт. <Деталі> нижче.")));
        assertEquals("Оприлюднено проєкт. &lt;Деталі&gt; нижче.", search("бюджет").items().get(0).snippet());
    }

    @Test
    void titleMatchesRankAboveTextMatches() throws IOException {
        index.upsert(List.of(
                doc("news", 1, "uk", "Новини громади", "Триває ремонт школи та дитячого садка."),
                doc("news", 2, "uk", "Ремонт школи", "Роботи завершать до вересня."),
                doc("news", 3, "uk", "Оголошення", "Нічого спільного.")));
        assertEquals(List.of(2L, 1L), ids(search("ремонту")));
    }

    @Test
    void upsertReplacesAndDeleteRemoves() throws IOException {
        index.upsert(List.of(doc("news", 1, "uk", "Перша", "старий текст про ремонт")));
        index.upsert(List.of(doc("news", 1, "uk", "Перша", "новий текст про бюджет")));
        assertEquals(0, search("ремонт").total());
        assertEquals(1, search("бюджет").total());
        assertEquals(1, index.count("news"));
        index.delete("news", 1);
        assertEquals(0, search("бюджет").total());
        assertEquals(0, index.count("news"));
    }

    @Test
    void theSameIdInAnotherTypeIsAnotherItem() throws IOException {
        index.upsert(List.of(doc("news", 1, "uk", "Ремонт", "новина"), doc("page", 1, "uk", "Ремонт", "сторінка")));
        index.delete("news", 1);
        assertEquals(List.of("page"), search("ремонт").items().stream().map(SearchHit::type).toList());
    }

    @Test
    void replaceTypesAndReplaceAllRebuild() throws IOException {
        index.upsert(List.of(doc("news", 1, "uk", "Ремонт", "а"), doc("page", 2, "uk", "Ремонт", "б")));
        index.replaceTypes(Set.of("news"), List.of(doc("news", 5, "uk", "Ремонт", "в")));
        assertEquals(List.of(5L, 2L), ids(search("ремонт")));
        index.replaceAll(List.of(doc("announcement", 9, "uk", "Ремонт", "г")));
        assertEquals(List.of(9L), ids(search("ремонт")));
        assertEquals(0, index.count("news"));
    }

    @Test
    void filtersByTypeAndLanguage() throws IOException {
        index.upsert(List.of(doc("news", 1, "uk", "Ремонт", "а"), doc("page", 2, "uk", "Ремонт", "б"),
                doc("news", 3, "en", "Repair", "ремонт")));
        assertEquals(List.of(1L, 3L), ids(index.search(new SearchRequest("ремонт", Set.of("news"), null, 1, 10))));
        assertEquals(List.of(3L), ids(index.search(new SearchRequest("ремонт", ALL_TYPES, "en", 1, 10))));
        assertEquals(List.of(), ids(index.search(new SearchRequest("ремонт", Set.of(), null, 1, 10))));
    }

    @Test
    void pagesThroughResultsNewestFirstAmongEquals() throws IOException {
        List<SearchDocument> docs = new ArrayList<>();
        for (long id = 1; id <= 25; id++) {
            docs.add(doc("news", id, "uk", "Оголошення " + id, "Засідання комісії"));
        }
        index.upsert(docs);
        PageResult<SearchHit> second = index.search(new SearchRequest("засідання", ALL_TYPES, null, 2, 10));
        assertEquals(25, second.total());
        assertEquals(2, second.page());
        assertEquals(10, second.size());
        assertEquals(List.of(15L, 14L, 13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L), ids(second));
        PageResult<SearchHit> past = index.search(new SearchRequest("засідання", ALL_TYPES, null, 4, 10));
        assertEquals(25, past.total());
        assertTrue(past.items().isEmpty());
    }

    @Test
    void everyWordMustMatchUnlessNoItemHasThemAll() throws IOException {
        index.upsert(List.of(doc("news", 1, "uk", "Ремонт доріг", "вулиця Шевченка"),
                doc("news", 2, "uk", "Ремонт школи", "ліцей")));
        assertEquals(List.of(1L), ids(search("ремонт доріг")));
        assertEquals(List.of(2L), ids(search("ремонт ліцею")));
        assertEquals(2, search("школа дороги").total(), "no item has both: any word will do");
    }

    @Test
    void anUnreadableIndexIsStartedAfresh(@TempDir Path other) throws IOException {
        Files.writeString(other.resolve("segments_1"), "not a Lucene index");
        try (SearchIndex fresh = SearchIndex.open(other, UkrainianAnalysis.analyzer())) {
            assertEquals(0, fresh.count("news"));
            fresh.upsert(List.of(doc("news", 1, "uk", "Ремонт", "а")));
            assertEquals(1, fresh.count("news"));
        }
        try (SearchIndex reopened = SearchIndex.open(other, UkrainianAnalysis.analyzer())) {
            assertEquals(1, reopened.count("news"), "what was committed survives a reopen");
        }
    }

    @Test
    void anotherBundleGetsTheIdsOfOneTypeWhereEveryWordMatchesInAnyForm() throws Exception {
        index.upsert(List.of(
                doc("document", 7, "uk", "Про внесення змін до бюджету громади", "Збільшено видатки на укриття."),
                doc("document", 8, "uk", "Про тарифи на вивезення відходів", "Тарифи на 2027 рік."),
                doc("news", 9, "uk", "Бюджет громади ухвалено", "Бюджет на 2027 рік.")));
        assertEquals(List.of(7L), index.ids("document", "бюджет громади", 10), "other forms, one type only");
        assertEquals(List.of(), index.ids("document", "бюджет тарифи", 10), "every word must match");
        assertEquals(List.of(), index.ids("document", " ,. ", 10), "nothing searchable");
    }
}
