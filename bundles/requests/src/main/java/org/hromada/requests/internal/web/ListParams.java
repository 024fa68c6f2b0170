package org.hromada.requests.internal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.model.Channel;
import org.hromada.requests.internal.model.Keyed;
import org.hromada.requests.internal.model.Status;

/**
 * The filters of the staff list: status, channel, department, received from/to (days, inclusive),
 * overdue only; page from 1 and size up to {@value #MAX_SIZE}. A bad parameter is a 400 naming it.
 */
public record ListParams(Status status, Channel channel, String department, LocalDate from, LocalDate to,
                         boolean overdue, int page, int size) {
    public static final int MAX_SIZE = 100;

    public static ListParams parse(String status, String channel, String department, String from, String to,
                                   String overdue, String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        Status s = blank(status) ? null : Keyed.parse(Status.class, status).orElse(null);
        if (!blank(status) && s == null) {
            errors.add(new FieldError("status", "must be one of " + Keyed.keys(Status.class)));
        }
        Channel c = blank(channel) ? null : Keyed.parse(Channel.class, channel).orElse(null);
        if (!blank(channel) && c == null) {
            errors.add(new FieldError("channel", "must be one of " + Keyed.keys(Channel.class)));
        }
        String d = blank(department) ? null : department.strip();
        if (d != null && d.length() > 200) {
            errors.add(new FieldError("department", "must be at most 200 characters"));
        }
        boolean overdueOnly = !blank(overdue) && flag(overdue, errors);
        ListParams p = new ListParams(s, c, d, day(from, "from", errors), day(to, "to", errors), overdueOnly,
                whole(page, 1, "page", Integer.MAX_VALUE / MAX_SIZE, errors), whole(size, 20, "size", MAX_SIZE, errors));
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid parameter", "Some query parameters cannot be used.", errors);
        }
        return p;
    }

    private static boolean flag(String raw, List<FieldError> errors) {
        String v = raw.strip();
        if (!v.equals("true") && !v.equals("false")) {
            errors.add(new FieldError("overdue", "must be true or false"));
        }
        return v.equals("true");
    }

    private static LocalDate day(String raw, String name, List<FieldError> errors) {
        if (blank(raw)) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date, yyyy-MM-dd"));
            return null;
        }
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

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}
