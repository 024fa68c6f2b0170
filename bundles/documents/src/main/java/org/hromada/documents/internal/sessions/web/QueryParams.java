package org.hromada.documents.internal.sessions.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/**
 * Query parameters read with the conventions of {@code GET /documents}: blank is absent, a page from
 * 1, a size up to {@value #MAX_SIZE}; bad values are collected and reported together in one 400.
 */
final class QueryParams {
    static final int MAX_SIZE = 100;
    static final int MAX_TEXT = 200;

    private final List<FieldError> errors = new ArrayList<>();

    int page(String raw) {
        return whole(raw, 1, "page", Integer.MAX_VALUE / MAX_SIZE);
    }

    int size(String raw) {
        return whole(raw, 20, "size", MAX_SIZE);
    }

    Integer optionalWhole(String raw, String name, int max) {
        return blank(raw) ? null : whole(raw, 0, name, max);
    }

    LocalDate day(String raw, String name) {
        if (blank(raw)) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date as yyyy-MM-dd"));
            return null;
        }
    }

    String text(String raw, String name) {
        if (blank(raw)) {
            return null;
        }
        if (raw.strip().length() > MAX_TEXT) {
            errors.add(new FieldError(name, "must be at most " + MAX_TEXT + " characters long"));
            return null;
        }
        return raw.strip();
    }

    void fail(String name, String message) {
        errors.add(new FieldError(name, message));
    }

    /** Throws the 400 when any parameter was bad. */
    void done() {
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid parameter", "Some query parameters cannot be used.", errors);
        }
    }

    static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }

    private int whole(String raw, int fallback, String name, int max) {
        if (blank(raw)) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be a whole number from 1 to " + max));
        return fallback;
    }
}
