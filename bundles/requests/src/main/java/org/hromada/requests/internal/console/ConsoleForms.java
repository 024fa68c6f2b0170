package org.hromada.requests.internal.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.site.SiteDates;

/** Small readers and writers the pages share: ids, pages, form values, checkboxes, Kyiv date-times, query strings. */
final class ConsoleForms {
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private ConsoleForms() {
    }

    /** A positive id as typed in a path or a field; empty for anything else. */
    static Optional<Long> id(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().length() > 18 || !raw.strip().chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        long value = Long.parseLong(raw.strip());
        return value > 0 ? Optional.of(value) : Optional.empty();
    }

    /** The {@code page} parameter, 1 when absent or unreadable. */
    static int page(ConsoleRequest request) {
        return request.param("page").flatMap(ConsoleForms::id).filter(p -> p < 100_000).map(Long::intValue).orElse(1);
    }

    /** Every field of a form as typed (first value, untrimmed), "" when absent. */
    static Map<String, String> values(ConsoleRequest request, List<String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields) {
            List<String> sent = request.params(field);
            values.put(field, sent.isEmpty() || sent.get(0) == null ? "" : sent.get(0));
        }
        return values;
    }

    /** A checkbox is on when any value but {@code false}/{@code off}/{@code 0} was sent. */
    static boolean checkbox(List<String> sent) {
        return sent.stream().anyMatch(v -> v != null && !v.isBlank()
                && !List.of("false", "off", "0").contains(v.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The instant of a {@code datetime-local} value ({@code yyyy-MM-ddTHH:mm}) on Kyiv's clock; empty when
     * unreadable. A time skipped in spring moves forward; in the autumn overlap the earlier instant is taken.
     */
    static Optional<Instant> kyivInstant(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.strip()).atZone(SiteDates.ZONE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** What a {@code datetime-local} input shows for an instant; "" for null. */
    static String kyivInput(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(SiteDates.ZONE).toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES));
    }

    /** A stored value for a page or a form field: "" for null. */
    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }

    /** The filters as a query string for pagination links (empty values left out). */
    static String query(Map<String, String> filters) {
        List<String> parts = new ArrayList<>();
        filters.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return String.join("&", parts);
    }
}
