package org.hromada.security.internal.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hromada.platform.api.web.FieldError;

/**
 * What to look for in the audit log; every filter is optional. Times are half-open: {@code from}
 * inclusive, {@code toExclusive} exclusive.
 */
public record AuditQuery(String actor, String action, String entityType, String entityId, String channel,
                         Instant from, Instant toExclusive, int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    static final int MAX_TEXT = 200;
    /** A bare date means a day in Ukraine, as the console shows times. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Kyiv");

    /** The query, or the reasons the parameters cannot be used (never both). */
    public record Parsed(AuditQuery query, List<FieldError> errors) {
        public Parsed {
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Everything, newest first. */
    public static AuditQuery latest(int size) {
        return new AuditQuery(null, null, null, null, null, null, null, 1, size);
    }

    /**
     * Reads the parameters as sent. {@code from}/{@code to} are a date ({@code 2026-11-20}, the whole
     * day in Kyiv, {@code to} included), a local date-time ({@code 2026-11-20T10:00}, Kyiv) or an
     * instant ({@code 2026-11-20T08:00:00Z}, or with an offset).
     */
    public static Parsed parse(String actor, String action, String entityType, String entityId, String channel,
                               String from, String to, String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        int pageNumber = number(page, 1, "page", 1, Integer.MAX_VALUE, errors);
        int pageSize = number(size, DEFAULT_SIZE, "size", 1, MAX_SIZE, errors);
        Instant start = time(from, "from", false, errors);
        Instant end = time(to, "to", true, errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        AuditQuery query = new AuditQuery(text(actor, "actor", errors), text(action, "action", errors),
                text(entityType, "entityType", errors), text(entityId, "entityId", errors),
                text(channel, "channel", errors), start, end, pageNumber, pageSize);
        return errors.isEmpty() ? new Parsed(query, List.of()) : new Parsed(null, errors);
    }

    /** The same filters on another page. */
    public AuditQuery onPage(int number) {
        return new AuditQuery(actor, action, entityType, entityId, channel, from, toExclusive, number, size);
    }

    private static int number(String raw, int fallback, String name, int min, int max, List<FieldError> errors) {
        String value = blankToNull(raw);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, max == Integer.MAX_VALUE ? "must be a whole number from " + min
                : "must be a whole number from " + min + " to " + max));
        return fallback;
    }

    /** The instant meant; for the end of a range, the first instant after it. */
    static Instant time(String raw, String name, boolean end, List<FieldError> errors) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZONE).toInstant();
            }
            Instant instant;
            if (value.endsWith("Z") || value.endsWith("z")) {
                instant = Instant.parse(value.toUpperCase(java.util.Locale.ROOT));
            } else if (value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                instant = OffsetDateTime.parse(value).toInstant();
            } else {
                instant = LocalDateTime.parse(value).atZone(ZONE).toInstant();
            }
            return end ? instant.plus(1, ChronoUnit.MICROS) : instant;
        } catch (DateTimeException e) {
            errors.add(new FieldError(name, "must be a date (yyyy-MM-dd) or an ISO-8601 instant"));
            return null;
        }
    }

    private static String text(String raw, String name, List<FieldError> errors) {
        String value = blankToNull(raw);
        if (value != null && value.length() > MAX_TEXT) {
            errors.add(new FieldError(name, "must be at most " + MAX_TEXT + " characters long"));
            return null;
        }
        return value;
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
