package org.hromada.disclosure.internal.web;

import java.util.ArrayList;
import java.util.List;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/** {@code ?page=&size=} as the other lists read them: blank is the default, bad values one 400 naming them. */
record Paging(int page, int size) {
    static final int MAX_SIZE = 100;

    static Paging of(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        int p = whole(page, 1, Integer.MAX_VALUE / MAX_SIZE, "page", errors);
        int s = whole(size, 20, MAX_SIZE, "size", errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid parameter", "Some query parameters cannot be used.", errors);
        }
        return new Paging(p, s);
    }

    private static int whole(String raw, int fallback, int max, String name, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
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
