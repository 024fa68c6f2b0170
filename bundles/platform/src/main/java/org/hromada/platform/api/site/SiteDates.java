package org.hromada.platform.api.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Dates as the public pages show them, on the council's calendar (Kyiv time): "23 листопада 2026" in
 * Ukrainian (the month in the genitive, as Ukrainian writes a date), "23 November 2026" in English, and the
 * machine-readable form for {@code <time datetime>} and metadata.
 */
public final class SiteDates {
    /** The council's time zone; "Europe/Kyiv" is known to every JDK 17. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Kyiv");
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("uk"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm",
            Locale.forLanguageTag("uk"));
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private SiteDates() {
    }

    /** The day for people, e.g. "23 листопада 2026"; "" for null. */
    public static String date(Instant instant, String language) {
        if (instant == null) {
            return "";
        }
        return ("en".equals(language) ? EN : UK).format(instant.atZone(ZONE));
    }

    /** A calendar day for people, e.g. "23 листопада 2026"; "" for null. */
    public static String date(LocalDate day, String language) {
        if (day == null) {
            return "";
        }
        return ("en".equals(language) ? EN : UK).format(day);
    }

    /** The day and the time for people, e.g. "23 листопада 2026, 14:05"; "" for null. */
    public static String dateTime(Instant instant, String language) {
        if (instant == null) {
            return "";
        }
        return ("en".equals(language) ? EN_TIME : UK_TIME).format(instant.atZone(ZONE));
    }

    /** For {@code <time datetime>} and schema.org: ISO 8601 with the Kyiv offset, to the second; "" for null. */
    public static String iso(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE));
    }
}
