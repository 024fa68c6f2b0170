package org.hromada.documents.internal.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hromada.documents.internal.web.ListParams;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/**
 * The register's filters as a visitor typed them into the form, and their checked form. A bad value
 * (a date that is not one) is shown back beside its field, never as an error page.
 *
 * @param values the filters as typed, by parameter name, blanks left out
 * @param params the checked query, with the filters that are valid
 * @param errors the names of the filters that are not
 */
record RegisterFilters(Map<String, String> values, ListParams params, List<String> errors) {
    static final List<String> NAMES = List.of("q", "kind", "number", "from", "to", "status", "body", "convocation",
            "session");

    /** The filters of a request; {@code kind} is the kind's code when the page is one kind's register. */
    static RegisterFilters of(RouteRequest request, String kind, int size) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            String value = request.param(name, "").strip();
            if (!value.isEmpty()) {
                values.put(name, value);
            }
        }
        if (kind != null) {
            values.remove("kind");
        }
        try {
            return new RegisterFilters(values, parse(values, kind, size), List.of());
        } catch (ProblemException e) {
            List<String> bad = e.errors().stream().map(FieldError::field).distinct().toList();
            Map<String, String> valid = new LinkedHashMap<>(values);
            bad.forEach(valid::remove);
            return new RegisterFilters(values, parse(valid, kind, size), bad);
        }
    }

    private static ListParams parse(Map<String, String> v, String kind, int size) {
        return ListParams.parse(kind != null ? kind : v.get("kind"), v.get("number"), v.get("from"), v.get("to"),
                v.get("status"), v.get("body"), v.get("convocation"), v.get("session"), v.get("q"), "1",
                String.valueOf(size), true);
    }

    /** The page's address with these filters and {@code page} (left out for the first). */
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

    /** Whether any filter besides the kind of the page is set. */
    boolean any() {
        return !values.isEmpty();
    }
}
