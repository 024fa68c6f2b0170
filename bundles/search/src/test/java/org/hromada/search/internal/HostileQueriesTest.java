package org.hromada.search.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.hromada.platform.api.web.PageResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a visitor types is text: no syntax, no errors, at most an empty result. */
class HostileQueriesTest {
    @TempDir
    Path folder;
    SearchIndex index;

    @BeforeEach
    void open() throws IOException {
        index = SearchIndex.open(folder, UkrainianAnalysis.analyzer());
        index.upsert(List.of(SearchIndexTest.doc("news", 1, "uk", "Ремонт доріг", "AND OR NOT a*b? сесія \"ради\"")));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    PageResult<SearchHit> search(String text) throws IOException {
        return index.search(new SearchRequest(text, SearchIndexTest.ALL_TYPES, null, 1, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"ремонт", "*", "?", "ремонт*", "рем?нт", "AND", "AND OR NOT", "\\", "ремонт\\",
            "title:ремонт", "(ремонт", "ремонт)", "[1 TO 5]", "{}", "~", "ремонт~2", "^", "ремонт^10", "+-!&&||",
            "/regex.*/", "&lt;script&gt;", "<script>alert(1)</script>", "'; DROP TABLE content_item; --", " ",
            "…", "—", "\u0000", "\uD83D\uDE00"})
    void nothingTypedMakesTheSearchFail(String text) {
        assertDoesNotThrow(() -> search(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "?", "\\", "!!! ... ???", "+-&&||()[]{}^~:/", "про на і", "\u0000"})
    void onlyPunctuationOrStopWordsFindNothing(String text) throws IOException {
        assertTrue(QueryTerms.of(UkrainianAnalysis.analyzer(), IndexFields.TEXT, text).isEmpty());
        PageResult<SearchHit> page = search(text);
        assertEquals(0, page.total());
        assertTrue(page.items().isEmpty());
    }

    @Test
    void operatorsAndQuotesAreOrdinaryWords() throws IOException {
        assertEquals(1, search("\"ремонту\"").total(), "quotes are not a phrase");
        assertEquals(1, search("ремонт AND NOT доріг").total(), "AND, NOT are searched as words (all present)");
        assertEquals(1, search("text: ремонт").total(), "no field syntax: \"text\" is a word of the item");
        assertEquals(0, search("url:").total(), "and \"url\" is a word it does not have");
        assertEquals(1, search("ремонт*").total(), "a star is no wildcard: the word itself is found");
        assertEquals(0, search("рем*").total(), "and a prefix with a star finds nothing");
    }

    @Test
    void veryLongInputIsCutNotRefused() throws IOException {
        String longText = "ремонт ".repeat(5000) + "бюджет ".repeat(5000) + "слово".repeat(10_000);
        assertTrue(QueryTerms.of(UkrainianAnalysis.analyzer(), IndexFields.TEXT, longText).size()
                <= QueryTerms.MAX_WORDS);
        assertDoesNotThrow(() -> search(longText));
        StringBuilder manyWords = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            manyWords.append("слово").append(i).append(' ');
        }
        assertDoesNotThrow(() -> search(manyWords.toString()), "more words than Lucene's clause limit");
        assertEquals(QueryTerms.MAX_WORDS, QueryTerms.of(UkrainianAnalysis.analyzer(), IndexFields.TEXT,
                manyWords.toString()).size());
    }

    @Test
    void repeatedFormsOfOneWordCountOnce() {
        assertEquals(List.of(Set.of("ремонт")), QueryTerms.of(UkrainianAnalysis.analyzer(), IndexFields.TEXT,
                "ремонт ремонту Ремонтом"));
    }
}
