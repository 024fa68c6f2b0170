package org.hromada.documents.internal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.hromada.documents.internal.model.Status;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/** The checked query of {@code GET /documents}; every bad parameter is reported at once in a 400. */
public record ListParams(String kind, String number, LocalDate from, LocalDate to, Status status, String body,
                         Integer convocation, Integer session, String q, int page, int size, boolean publicOnly) {
    public static final int MAX_SIZE = 100;
    static final int MAX_TEXT = 200;

    public static ListParams parse(String kind, String number, String from, String to, String status, String body,
                                   String convocation, String session, String q, String page, String size,
                                   boolean publicOnly) {
        List<FieldError> errors = new ArrayList<>();
        int pageNumber = whole(page, 1, "page", Integer.MAX_VALUE / MAX_SIZE, errors);
        int pageSize = whole(size, 20, "size", MAX_SIZE, errors);
        Integer conv = blank(convocation) ? null : whole(convocation, 0, "convocation", 1000, errors);
        Integer sessionNumber = blank(session) ? null : whole(session, 0, "session", 1000, errors);
        LocalDate fromDay = day(from, "from", errors);
        LocalDate toDay = day(to, "to", errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        Status wanted = null;
        if (!blank(status)) {
            wanted = Status.parse(status).orElse(null);
            if (wanted == null) {
                errors.add(new FieldError("status", "must be one of " + Status.KEYS));
            }
        }
        String kindCode = text(kind, "kind", errors);
        String numberText = text(number, "number", errors);
        String bodyText = text(body, "body", errors);
        String words = text(q, "q", errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid parameter", "Some query parameters cannot be used.", errors);
        }
        return new ListParams(kindCode, numberText, fromDay, toDay, wanted, bodyText, conv, sessionNumber, words,
                pageNumber, pageSize, publicOnly);
    }

    /** The same query for another page. */
    public ListParams atPage(int otherPage) {
        return new ListParams(kind, number, from, to, status, body, convocation, session, q, otherPage, size,
                publicOnly);
    }

    private static int whole(String raw, int fallback, String name, int max, List<FieldError> errors) {
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

    private static LocalDate day(String raw, String name, List<FieldError> errors) {
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

    private static String text(String raw, String name, List<FieldError> errors) {
        if (blank(raw)) {
            return null;
        }
        if (raw.strip().length() > MAX_TEXT) {
            errors.add(new FieldError(name, "must be at most " + MAX_TEXT + " characters long"));
            return null;
        }
        return raw.strip();
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}
