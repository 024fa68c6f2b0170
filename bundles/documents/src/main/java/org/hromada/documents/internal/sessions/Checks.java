package org.hromada.documents.internal.sessions;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hromada.platform.api.web.FieldError;

/** Field checks shared by the session, item and vote rules; each adds to {@code errors} and returns the value or null. */
final class Checks {
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");

    private Checks() {
    }

    static String required(String raw, String name, int max, List<FieldError> errors) {
        String value = trimmed(raw);
        if (value.isEmpty()) {
            errors.add(new FieldError(name, "is required"));
        }
        return longest(value, name, max, errors);
    }

    static String optional(String raw, String name, int max, List<FieldError> errors) {
        return longest(trimmed(raw), name, max, errors);
    }

    static <E extends Enum<E> & Keyed> E choice(Class<E> type, String raw, E fallback, String name,
                                                List<FieldError> errors) {
        if (trimmed(raw).isEmpty()) {
            if (fallback == null) {
                errors.add(new FieldError(name, "is required, one of " + Keyed.keys(type)));
            }
            return fallback;
        }
        E value = Keyed.parse(type, raw).orElse(null);
        if (value == null) {
            errors.add(new FieldError(name, "must be one of " + Keyed.keys(type)));
        }
        return value;
    }

    static void range(Integer value, int max, String name, List<FieldError> errors) {
        if (value != null && (value < 1 || value > max)) {
            errors.add(new FieldError(name, "must be a whole number from 1 to " + max));
        }
    }

    static LocalDate day(String raw, String name, List<FieldError> errors) {
        String value = trimmed(raw);
        if (value.isEmpty()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (day.getYear() >= 1900 && day.getYear() <= 2999) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be a date as yyyy-MM-dd, years 1900 to 2999"));
        return null;
    }

    static LocalTime time(String raw, String name, List<FieldError> errors) {
        String value = trimmed(raw);
        if (value.isEmpty()) {
            return null;
        }
        if (value.matches("\\d{2}:\\d{2}")) {
            try {
                return LocalTime.parse(value);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        errors.add(new FieldError(name, "must be a time of day as HH:mm, e.g. 10:00"));
        return null;
    }

    static Instant instant(String raw, String name, List<FieldError> errors) {
        String value = trimmed(raw);
        if (value.isEmpty()) {
            return null;
        }
        try {
            Instant at = Instant.parse(value);
            if (at.isAfter(EARLIEST) && at.isBefore(LATEST)) {
                return at.truncatedTo(ChronoUnit.MICROS);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be a time as 2026-09-24T17:30:00Z, years 1900 to 2999"));
        return null;
    }

    /** An absolute http(s) address, as a browser can open it. */
    static String webAddress(String raw, String name, int max, List<FieldError> errors) {
        String value = optional(raw, name, max, errors);
        if (value.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be an http or https address, e.g. https://www.youtube.com/watch?v=..."));
        return null;
    }

    static String trimmed(String raw) {
        return raw == null ? "" : raw.strip();
    }

    private static String longest(String value, String name, int max, List<FieldError> errors) {
        if (value.length() > max) {
            errors.add(new FieldError(name, "must be at most " + max + " characters long"));
        }
        return value;
    }
}
