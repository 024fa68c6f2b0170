package org.hromada.content.internal.store;

import java.time.LocalDate;
import org.hromada.content.internal.model.Status;

/**
 * The filters of a list, already checked. Null means "any"; {@code from} and {@code to} are
 * inclusive days of {@code published_at} in the site's time zone.
 */
public record ContentQuery(String language, Status status, String section, String tag, LocalDate from,
                           LocalDate to, String q, int page, int size, String author) {

    /** A query of every author's items. */
    public ContentQuery(String language, Status status, String section, String tag, LocalDate from, LocalDate to,
                        String q, int page, int size) {
        this(language, status, section, tag, from, to, q, page, size, null);
    }

    /** The same query restricted to what the public may see. */
    public ContentQuery publicOnly() {
        return new ContentQuery(language, Status.PUBLISHED, section, tag, from, to, q, page, size, author);
    }
}
