package org.hromada.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/** The query parameters of {@code GET /api/v1/search}, checked; every bad one is named in one 400. */
final class SearchParams {
    static final int MAX_TEXT = 200;
    static final int DEFAULT_SIZE = 10;
    static final int MAX_SIZE = 50;
    /** Deep enough for people; keeps the top-N a search collects small. */
    static final int MAX_PAGE = 1000;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private SearchParams() {
    }

    /** {@code knownTypes}: the types some provider answers for now. */
    static SearchRequest parse(String q, String type, String language, String page, String size,
                               Set<String> knownTypes) {
        List<FieldError> errors = new ArrayList<>();
        String text = q == null ? "" : q.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            errors.add(new FieldError("q", "is required: 1 to " + MAX_TEXT + " characters"));
        }
        Set<String> types = knownTypes;
        String wantedType = blankToNull(type);
        if (wantedType != null) {
            if (knownTypes.contains(wantedType)) {
                types = Set.of(wantedType);
            } else {
                errors.add(new FieldError("type", knownTypes.isEmpty() ? "no type is searchable now"
                        : "must be one of " + String.join(", ", new TreeSet<>(knownTypes))));
            }
        }
        String lang = blankToNull(language);
        if (lang != null && !LANGUAGE.matcher(lang).matches()) {
            errors.add(new FieldError("language", "must be a two-letter language code such as uk or en"));
        }
        int pageNumber = number(page, 1, "page", MAX_PAGE, errors);
        int pageSize = number(size, DEFAULT_SIZE, "size", MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid parameter", "Some query parameters cannot be used.", errors);
        }
        return new SearchRequest(text, types, lang, pageNumber, pageSize);
    }

    private static int number(String raw, int fallback, String name, int max, List<FieldError> errors) {
        String value = blankToNull(raw);
        if (value == null) {
            return fallback;
        }
        if (value.matches("\\d{1,9}")) {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= max) {
                return number;
            }
        }
        errors.add(new FieldError(name, "must be a whole number from 1 to " + max));
        return fallback;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
