package org.hromada.content.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Сесія міської ради 24 листопада | sesiia-miskoi-rady-24-lystopada
            Про затвердження Програми «Безпечна громада» на 2026–2028 роки | pro-zatverdzhennia-prohramy-bezpechna-hromada-na-2026-2028-roky
            Road repairs on Main Street | road-repairs-on-main-street
            "  --Hello,   World!!--  " | hello-world
            The Mayor's Office | the-mayors-office
            Знам'янка та Розгон | znamianka-ta-rozghon
            COVID-19: нові правила для ЦНАП | covid-19-novi-pravyla-dlia-tsnap
            Партнерство з Zürich і Kraków, Łódź | partnerstvo-z-zurich-i-krakow-lodz
            Straße Ærø Œuvre | strasse-aero-oeuvre
            Café №5 — 100% | cafe-5-100
            ЄВРОПЕЙСЬКИЙ ТИЖДЕНЬ | yevropeiskyi-tyzhden
            """)
    void titles(String title, String slug) {
        assertEquals(slug, Slugs.of(title));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "😀🎉", "«»—!?", "---"})
    void nothingLeftGivesTheFallback(String title) {
        assertEquals("item", Slugs.of(title));
    }

    @Test
    void longTitleIsCutAtAHyphen() {
        String title = "Про внесення змін до рішення міської ради від 24 грудня 2025 року № 1234 "
                + "«Про бюджет Хромадської міської територіальної громади на 2026 рік»";
        String slug = Slugs.of(title);

        assertEquals("pro-vnesennia-zmin-do-rishennia-miskoi-rady-vid-24-hrudnia-2025-roku-1234-pro", slug);
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertTrue(Slugs.isValid(slug), slug);
    }

    @Test
    void aHyphenRightAfterTheLimitKeepsAllEightyCharacters() {
        String eighty = "a".repeat(39) + "-" + "b".repeat(40);
        assertEquals(eighty, Slugs.of(eighty + " more words"));
    }

    @Test
    void oneHugeWordIsCutInTheMiddle() {
        assertEquals("x".repeat(80), Slugs.of("x".repeat(200)));
        assertEquals("a-" + "x".repeat(78), Slugs.of("a " + "x".repeat(200)), "cutting at the hyphen would keep just 'a'");
    }

    @Test
    void everySlugMadeIsValid() {
        for (String title : new String[] {"Сесія", "A", "ЄС і Україна", "x".repeat(500), "я ".repeat(100),
                "Ще 1 — і все...", "'Київ'", "Сь", "й"}) {
            String slug = Slugs.of(title);
            assertTrue(Slugs.isValid(slug), title + " -> " + slug);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "sesiia-miskoi-rady-24-lystopada", "2026", "a-b-c"})
    void validSlugs(String slug) {
        assertTrue(Slugs.isValid(slug));
    }

    @Test
    void maximumLengthIsValid() {
        assertTrue(Slugs.isValid("a".repeat(80)));
        assertFalse(Slugs.isValid("a".repeat(81)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", "a-", "a--b", "A", "a b", "a_b", "ї", "a/b", "a.html", "a\n"})
    void invalidSlugs(String slug) {
        assertFalse(Slugs.isValid(slug));
    }

    @Test
    void nullIsNotAValidSlug() {
        assertFalse(Slugs.isValid(null));
    }

    @Test
    void suffixes() {
        assertEquals("sesiia-2", Slugs.withSuffix("sesiia", 2));
        assertEquals("sesiia-13", Slugs.withSuffix("sesiia", 13));
    }

    @Test
    void suffixKeepsWithinTheLimit() {
        String slug = "a".repeat(40) + "-" + "b".repeat(39); // 80 long

        assertEquals("a".repeat(40) + "-2", Slugs.withSuffix(slug, 2));
        String tenThousand = Slugs.withSuffix("c".repeat(80), 10000);
        assertEquals("c".repeat(74) + "-10000", tenThousand);
        assertTrue(Slugs.isValid(tenThousand));
    }

    @Test
    void suffixNeedsAValidSlugAndTwoOrMore() {
        assertThrows(IllegalArgumentException.class, () -> Slugs.withSuffix("", 2));
        assertThrows(IllegalArgumentException.class, () -> Slugs.withSuffix("Not A Slug", 2));
        assertThrows(IllegalArgumentException.class, () -> Slugs.withSuffix("slug", 1));
        assertThrows(IllegalArgumentException.class, () -> Slugs.withSuffix("slug", -5));
    }

    @Test
    void nullTitleIsRejected() {
        assertThrows(NullPointerException.class, () -> Slugs.of(null));
    }
}
