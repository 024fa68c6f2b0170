package org.hromada.documents.internal.sessions.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hromada.documents.internal.sessions.BodyKind;
import org.hromada.documents.internal.sessions.Keyed;
import org.hromada.documents.internal.sessions.SessionQuery;
import org.hromada.platform.api.site.RouteRequest;

/**
 * The filters of the sessions list as a visitor typed them (body kind, convocation, year) and their
 * checked values. A bad value is named in {@code errors}, shown beside its field and left out of the
 * search; it never makes an error page.
 *
 * @param values      the filters as typed, by parameter name, blanks left out
 * @param bodyKind    the checked body kind, or null
 * @param convocation the checked convocation, or null
 * @param year        the checked year the session was held in, or null
 * @param errors      the names of the filters that cannot be used
 */
record SessionFilters(Map<String, String> values, BodyKind bodyKind, Integer convocation, Integer year,
                      List<String> errors) {
    static final List<String> NAMES = List.of("bodyKind", "convocation", "year");
    static final int MAX_CONVOCATION = 1000;
    private static final int MAX_TYPED = 100;

    static SessionFilters of(RouteRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            String value = request.param(name, "").strip();
            if (!value.isEmpty()) {
                values.put(name, value.length() > MAX_TYPED ? value.substring(0, MAX_TYPED) : value);
            }
        }
        List<String> errors = new ArrayList<>();
        BodyKind kind = null;
        if (values.containsKey("bodyKind")) {
            kind = Keyed.parse(BodyKind.class, values.get("bodyKind")).orElse(null);
            if (kind == null) {
                errors.add("bodyKind");
            }
        }
        Integer convocation = whole(values, "convocation", 1, MAX_CONVOCATION, errors);
        Integer year = whole(values, "year", 1900, 2999, errors);
        return new SessionFilters(values, kind, convocation, year, List.copyOf(errors));
    }

    /** The published sessions these filters ask for, at {@code page}. */
    SessionQuery query(int page, int size) {
        LocalDate from = year == null ? null : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? null : LocalDate.of(year, 12, 31);
        return new SessionQuery(bodyKind, null, convocation, from, to, page, size, true);
    }

    /** Whether any filter is set, usable or not. */
    boolean any() {
        return !values.isEmpty();
    }

    /** The list's address with these filters and {@code page} (left out for the first). */
    String url(String path, int page) {
        Map<String, String> query = new LinkedHashMap<>(values);
        if (page > 1) {
            query.put("page", String.valueOf(page));
        }
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** {@code ?page=} read leniently: anything but a whole number from 1 is the first page. */
    static int pageOf(String raw) {
        if (raw == null || !raw.strip().matches("[0-9]{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(raw.strip()));
    }

    private static Integer whole(Map<String, String> values, String name, int min, int max, List<String> errors) {
        String raw = values.get(name);
        if (raw == null) {
            return null;
        }
        if (raw.matches("[0-9]{1,4}")) {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        }
        errors.add(name);
        return null;
    }
}
