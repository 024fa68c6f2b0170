package org.hromada.search.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Dates of results as the site shows them, on the council's calendar (Kyiv time): "23 листопада 2026"
 * (the month in the genitive, as Ukrainian writes a date), "23 November 2026", and the ISO form for
 * {@code <time datetime>}. The same forms as the content pages.
 */
final class SearchDates {
    static final ZoneId ZONE = ZoneId.of("Europe/Kyiv");
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("uk"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private SearchDates() {
    }

    /** "" for null. */
    static String date(Instant instant, String language) {
        return instant == null ? "" : ("en".equals(language) ? EN : UK).format(instant.atZone(ZONE));
    }

    /** "" for null. */
    static String iso(Instant instant) {
        return instant == null ? ""
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE));
    }
}
