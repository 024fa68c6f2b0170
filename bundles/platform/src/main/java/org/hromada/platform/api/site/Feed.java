package org.hromada.platform.api.site;

import java.time.Instant;
import java.util.List;

/**
 * A feed of the public site, as a {@link SiteFeed} answers it; the site bundle writes it as Atom 1.0.
 * Addresses are site-relative paths ({@code /news}); the site makes them absolute.
 *
 * @param title   the parts of the feed's title, each a message key of the site's messages (so themes
 *                and languages apply) or, when no such key exists, the text itself; the site puts its
 *                own name first and joins the parts, e.g. {@code ["content.news.title", "content.section.osvita"]}
 *                gives "Хмарівська громада — Новини — Освіта"
 * @param link    the page the feed follows, e.g. {@code /news}
 * @param entries the newest entries first
 */
public record Feed(List<String> title, String link, List<Entry> entries) {
    public Feed {
        title = List.copyOf(title);
        entries = List.copyOf(entries);
    }

    /**
     * One entry.
     *
     * @param id        a stable id within the site, e.g. {@code news/42}
     * @param title     plain text
     * @param url       the entry's public path
     * @param summary   plain text, may be empty
     * @param published when it became public
     * @param updated   when it last changed
     * @param author    who wrote it, may be empty
     * @param category  its section, may be empty
     */
    public record Entry(String id, String title, String url, String summary, Instant published, Instant updated,
                        String author, String category) {
    }
}
