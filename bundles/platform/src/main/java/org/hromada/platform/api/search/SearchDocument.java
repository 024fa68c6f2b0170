package org.hromada.platform.api.search;

import java.time.Instant;

/**
 * One published item as the site search sees it.
 *
 * @param type        the kind of item, e.g. {@code news}; with {@code id} it names the item
 * @param id          the item's id within its type
 * @param language    {@code uk} or {@code en}
 * @param title       the title (plain text)
 * @param text        the searchable text (plain text: summary and body)
 * @param url         the public path, e.g. {@code /news/sesiia-rady}
 * @param publishedAt when it became public (for ordering and date filters)
 */
public record SearchDocument(String type, long id, String language, String title, String text, String url,
                             Instant publishedAt) {
}
