package org.hromada.content.internal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonLd.Article article(String headline, String description) {
        return new JsonLd.Article(headline, description, "https://khmarivka.example/news/x",
                "2026-11-21T15:00:00+02:00", "2026-11-22T11:00:00+02:00", "uk", "vlada",
                List.of("бюджет", "сесія"), "Хмарівська міська рада");
    }

    @Test
    void aNewsArticleWithItsFields() throws Exception {
        JsonNode ld = JSON.readTree(JsonLd.newsArticle(article("Бюджет ухвалено", "Коротко")));
        assertEquals("https://schema.org", ld.get("@context").asText());
        assertEquals("NewsArticle", ld.get("@type").asText());
        assertEquals("Бюджет ухвалено", ld.get("headline").asText());
        assertEquals("2026-11-21T15:00:00+02:00", ld.get("datePublished").asText());
        assertEquals("2026-11-22T11:00:00+02:00", ld.get("dateModified").asText());
        assertEquals("uk", ld.get("inLanguage").asText());
        assertEquals("бюджет, сесія", ld.get("keywords").asText());
        assertEquals("Хмарівська міська рада", ld.get("publisher").get("name").asText());
        assertEquals("https://khmarivka.example/news/x", ld.get("mainEntityOfPage").get("@id").asText());
    }

    @Test
    void noTextCanCloseTheScriptElement() throws Exception {
        String evil = "</script><script>alert(1)</script> <!-- \"quoted\" & 'single' \\ \u2028";
        String json = JsonLd.newsArticle(article(evil, "a </SCRIPT > b"));
        assertFalse(json.toLowerCase().contains("</script"), json);
        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertFalse(json.contains("&"), json);
        assertFalse(json.contains("\u2028"), json);
        assertTrue(json.contains("\\u003c/script\\u003e"), json);
        assertTrue(json.contains("\\\"quoted\\\""), "quotes are JSON-escaped: " + json);
        JsonNode ld = JSON.readTree(json);
        assertEquals(evil, ld.get("headline").asText(), "the same text once parsed");
        assertEquals("a </SCRIPT > b", ld.get("description").asText());
    }

    @Test
    void emptyFieldsAreLeftOut() throws Exception {
        JsonNode ld = JSON.readTree(JsonLd.newsArticle(new JsonLd.Article("T", "", "/news/t", "2026-11-21T15:00:00+02:00",
                "", "en", null, List.of(), "")));
        assertFalse(ld.has("description"));
        assertFalse(ld.has("dateModified"));
        assertFalse(ld.has("articleSection"));
        assertFalse(ld.has("keywords"));
        assertFalse(ld.has("publisher"));
        assertFalse(ld.has("image"));
        assertEquals("/news/t", ld.get("url").asText());
    }

    @Test
    void theCoverIsTheArticlesImage() throws Exception {
        JsonNode ld = JSON.readTree(JsonLd.newsArticle(new JsonLd.Article("T", "", "/news/t", "", "", "uk", null,
                List.of(), ""), "https://khmarivka.example/media/abc/park.jpg"));
        assertEquals("https://khmarivka.example/media/abc/park.jpg", ld.get("image").asText());
    }
}
