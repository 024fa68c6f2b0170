package org.hromada.content.internal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.hromada.content.internal.model.Languages;
import org.hromada.content.internal.model.Status;
import org.hromada.content.internal.store.ContentQuery;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/**
 * The query parameters of {@code GET /{type}}, checked into a {@link ContentQuery}. Every bad
 * parameter is reported at once in a 400 naming it. The public always gets published items only:
 * a status it asks for is ignored.
 */
public final class ListParams {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    static final int MAX_TEXT = 200;

    private ListParams() {
    }

    public static ContentQuery parse(String page, String size, String section, String tag, String language,
                                     String status, String from, String to, String q, boolean seesDrafts) {
        List<FieldError> errors = new ArrayList<>();
        int pageNumber = number(page, 1, "page", 1, Integer.MAX_VALUE, errors);
        int pageSize = number(size, DEFAULT_SIZE, "size", 1, MAX_SIZE, errors);
        String lang = blankToNull(language);
        if (lang != null && !Languages.isKnown(lang)) {
            errors.add(new FieldError("language", "must be one of " + String.join(", ", Languages.ALL)));
        }
        Status wanted = null;
        if (seesDrafts && blankToNull(status) != null) {
            wanted = Status.parse(status.strip()).orElse(null);
            if (wanted == null) {
                errors.add(new FieldError("status", "must be one of " + Status.KEYS));
            }
        }
        LocalDate fromDay = day(from, "from", errors);
        LocalDate toDay = day(to, "to", errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        String text = text(q, "q", errors);
        String sectionKey = text(section, "section", errors);
        String tagName = text(tag, "tag", errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid parameter", "Some query parameters cannot be used.", errors);
        }
        ContentQuery query = new ContentQuery(lang, wanted, sectionKey, tagName, fromDay, toDay, text, pageNumber,
                pageSize);
        return seesDrafts ? query : query.publicOnly();
    }

    private static int number(String raw, int fallback, String name, int min, int max, List<FieldError> errors) {
        if (blankToNull(raw) == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, max == Integer.MAX_VALUE ? "must be a whole number from " + min
                : "must be a whole number from " + min + " to " + max));
        return fallback;
    }

    private static LocalDate day(String raw, String name, List<FieldError> errors) {
        if (blankToNull(raw) == null) {
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
