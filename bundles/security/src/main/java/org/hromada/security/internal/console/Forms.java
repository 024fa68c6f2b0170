package org.hromada.security.internal.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.web.FieldError;

/** Small helpers the security bundle's console sections share. */
final class Forms {
    static final int PAGE_SIZE = 20;

    private Forms() {
    }

    /** A template model from name/value pairs; null values are left out (the console's model refuses nulls). */
    static Map<String, Object> model(Object... pairs) {
        Map<String, Object> model = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                model.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return model;
    }

    /** Defence in depth: the console checks the roles too, but a handler never trusts that alone. */
    static boolean allowed(ConsoleRequest request, Set<String> roles) {
        return request.identity() != null && request.identity().hasAnyRole(roles);
    }

    /** The page number asked for: 1 for anything that is not a positive whole number. */
    static int page(ConsoleRequest request) {
        try {
            return Math.max(1, Integer.parseInt(request.param("page").orElse("1")));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The last page when {@code page} lies beyond it, so a stale link still shows something. */
    static int clamp(int page, long total) {
        long last = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return (int) Math.min(page, last);
    }

    /** A query string (without page) for the pagination links, its values URL-encoded. */
    static String query(Map<String, String> params) {
        return params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Field errors as message keys: {@code <prefix>.error.<field>}, one per field. */
    static Map<String, String> errorKeys(String prefix, List<FieldError> errors) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (FieldError error : errors) {
            String key = "password".equals(error.field()) ? "security.error.password"
                    : prefix + ".error." + error.field();
            keys.putIfAbsent(error.field(), key);
        }
        return keys;
    }

    /** A value the form sends back as it was typed, or the empty string. */
    static String typed(ConsoleRequest request, String name) {
        return request.param(name).orElse("");
    }

    /** Values longer than any field allows are cut, so nothing a user types can reach the database too long. */
    static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
