package org.hromada.requests.internal.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/** Reads the fields of one body, collecting every error so the client hears of all at once. */
final class Fields {
    private final List<FieldError> errors = new ArrayList<>();

    /** Trimmed text, null when blank; an error when longer than {@code max}. */
    String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            error(field, "must be at most " + max + " characters");
        }
        return text;
    }

    /** Trimmed text that must be there. */
    String required(String value, String field, int max) {
        String text = optional(value, field, max);
        if (text == null) {
            error(field, "is required");
        }
        return text;
    }

    /** A {@code yyyy-MM-dd} date, or {@code fallback} when left out. */
    LocalDate date(String value, String field, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            error(field, "must be a date, yyyy-MM-dd");
            return fallback;
        }
    }

    /** An ISO instant ({@code 2026-11-02T09:00:00Z}), or {@code fallback} when left out. */
    Instant instant(String value, String field, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            error(field, "must be an ISO instant, e.g. 2026-11-02T09:00:00Z");
            return fallback;
        }
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Throws a 422 listing every error found, if any. */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
