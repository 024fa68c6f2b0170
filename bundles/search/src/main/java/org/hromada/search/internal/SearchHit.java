package org.hromada.search.internal;

import java.time.Instant;

/**
 * One result as the API returns it.
 *
 * @param snippet safe HTML: the text around the matches, escaped, matches in {@code <mark>}
 */
public record SearchHit(String type, long id, String title, String url, String language, Instant publishedAt,
                        String snippet) {
}
