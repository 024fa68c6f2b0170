package org.hromada.content.internal.search;

import java.time.Instant;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.PublicUrls;
import org.hromada.content.internal.text.RichText;
import org.hromada.platform.api.search.SearchDocument;

/** How a published item reads to the site search: its title apart, summary and body as plain text. */
final class SearchTexts {

    private SearchTexts() {
    }

    static SearchDocument document(ContentType type, long id, String language, String title, String slug,
                                   String summary, String bodyHtml, Instant publishedAt) {
        return new SearchDocument(type.key(), id, language, title, text(summary, bodyHtml),
                PublicUrls.of(type, language, slug), publishedAt);
    }

    /**
     * Summary, then body. A summary generated from the body (its start, maybe cut with "…") is left out,
     * so that the words are not counted twice and a snippet does not repeat itself.
     */
    static String text(String summary, String bodyHtml) {
        String body = RichText.toPlainText(bodyHtml);
        String lead = summary == null ? "" : summary.strip();
        String leadWithoutEllipsis = lead.endsWith("…") ? lead.substring(0, lead.length() - 1).strip() : lead;
        if (lead.isEmpty() || body.startsWith(leadWithoutEllipsis)) {
            return body;
        }
        return body.isEmpty() ? lead : lead + " " + body;
    }
}
