package org.hromada.content.internal.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * schema.org metadata as JSON-LD, built with Jackson (so every string is a correctly escaped JSON
 * string) and made safe to put inside {@code <script type="application/ld+json">}: {@code <}, {@code >}
 * and {@code &} become {@code \u003c}, {@code \u003e}, {@code \u0026}, so no text an editor typed can
 * close the script element ({@code </script>}) or open a comment ({@code <!--}); the line and paragraph
 * separators U+2028/U+2029 are escaped too.
 */
public final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a NewsArticle says; null or empty fields are left out. */
    public record Article(String headline, String description, String url, String datePublished,
                          String dateModified, String language, String section, List<String> keywords,
                          String publisher) {
    }

    private JsonLd() {
    }

    /** The NewsArticle JSON-LD, ready to be written unescaped between the script tags. */
    public static String newsArticle(Article a) {
        return newsArticle(a, null);
    }

    /** The same with an {@code image} (an absolute URL, or null for none). */
    public static String newsArticle(Article a, String image) {
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", "NewsArticle");
        put(root, "headline", a.headline());
        put(root, "description", a.description());
        put(root, "url", a.url());
        if (a.url() != null && !a.url().isEmpty()) {
            root.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", a.url());
        }
        put(root, "datePublished", a.datePublished());
        put(root, "dateModified", a.dateModified());
        put(root, "inLanguage", a.language());
        put(root, "image", image);
        put(root, "articleSection", a.section());
        if (a.keywords() != null && !a.keywords().isEmpty()) {
            root.put("keywords", String.join(", ", a.keywords()));
        }
        if (a.publisher() != null && !a.publisher().isBlank()) {
            root.putObject("publisher").put("@type", "GovernmentOrganization").put("name", a.publisher());
            root.putObject("author").put("@type", "GovernmentOrganization").put("name", a.publisher());
        }
        try {
            return scriptSafe(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON-LD", e);
        }
    }

    /**
     * JSON that may stand inside a script element. The characters replaced can occur only inside JSON
     * strings, where the {@code \}{@code uXXXX} escape means the same character.
     */
    public static String scriptSafe(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void put(ObjectNode node, String name, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(name, value);
        }
    }
}
