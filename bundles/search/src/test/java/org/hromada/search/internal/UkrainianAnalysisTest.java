package org.hromada.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The morphology the search relies on: inflected forms meet in one lemma. */
class UkrainianAnalysisTest {
    private static final Analyzer ANALYZER = UkrainianAnalysis.analyzer();

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    private static List<Set<String>> words(String text) {
        return QueryTerms.of(ANALYZER, IndexFields.TEXT, text);
    }

    /** Every word of the query shares a lemma with some word of the text. */
    private static boolean matches(String query, String text) {
        List<Set<String>> textWords = words(text);
        return words(query).stream().allMatch(q -> textWords.stream().anyMatch(t -> shared(q, t)));
    }

    private static boolean shared(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return !both.isEmpty();
    }

    @Test
    void theIssuesExampleMeetsInLemmas() {
        assertTrue(matches("рішенням ремонту", "рішення про ремонт"));
        assertTrue(words("рішенням").get(0).contains("рішення"), words("рішенням").toString());
        assertTrue(words("ремонту").get(0).contains("ремонт"), words("ремонту").toString());
    }

    @Test
    void moreInflectionsMeet() {
        assertTrue(matches("сесії", "Сесія міської ради"));
        assertTrue(matches("сесія", "на пленарному засіданні сесії"));
        assertTrue(matches("міської ради", "Міська рада ухвалила бюджет"));
        assertTrue(matches("міська рада", "депутати міської ради"));
        assertTrue(matches("дорогами", "ремонт доріг"));
    }

    @Test
    void unrelatedWordsDoNotMeet() {
        assertFalse(matches("бюджет", "рішення про ремонт"));
        assertFalse(matches("школа", "сесія міської ради"));
        assertFalse(matches("ремонту", "рішення про реконструкцію"));
    }

    @Test
    void caseApostrophesAndStopWordsAreNormalised() {
        assertEquals(words("сім'я"), words("СІМ’Я"));
        assertTrue(words("про").isEmpty(), "a stop word is not searched for");
    }

    @Test
    void unknownWordsAreKeptAsTheyAre() {
        assertEquals(List.of(Set.of("hromada"), Set.of("2026")), words("Hromada 2026"));
    }
}
