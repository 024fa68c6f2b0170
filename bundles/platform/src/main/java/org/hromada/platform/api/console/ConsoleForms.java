package org.hromada.platform.api.console;

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
import org.hromada.platform.api.site.SiteDates;

/**
 * Small readers and writers every bundle's console pages share: ids, page numbers, form values,
 * checkboxes, {@code datetime-local} inputs on Kyiv's clock, query strings.
 */
public final class ConsoleForms {
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private ConsoleForms() {
    }

    /** A positive id as typed in a path or a field; empty for anything else. */
    public static Optional<Long> id(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().length() > 18 || !raw.strip().chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        long value = Long.parseLong(raw.strip());
        return value > 0 ? Optional.of(value) : Optional.empty();
    }

    /** The {@code page} parameter, 1 when absent or unreadable. */
    public static int page(ConsoleRequest request) {
        return request.param("page").flatMap(ConsoleForms::id).filter(p -> p < 100_000).map(Long::intValue).orElse(1);
    }

    /** Every field of a form as typed (first value, untrimmed), "" when absent. */
    public static Map<String, String> values(ConsoleRequest request, List<String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields) {
            List<String> sent = request.params(field);
            values.put(field, sent.isEmpty() || sent.get(0) == null ? "" : sent.get(0));
        }
        return values;
    }

    /** A checkbox is on when any value but {@code false}/{@code off}/{@code 0} was sent. */
    public static boolean checkbox(List<String> sent) {
        return sent.stream().anyMatch(v -> v != null && !v.isBlank()
                && !List.of("false", "off", "0").contains(v.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The instant of a {@code datetime-local} value ({@code yyyy-MM-ddTHH:mm}, seconds allowed) on Kyiv's
     * clock; empty when unreadable. A time skipped in spring moves forward; in the autumn overlap the
     * earlier instant is taken.
     */
    public static Optional<Instant> kyivInstant(String value) {
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
    public static String kyivInput(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(SiteDates.ZONE).toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES));
    }

    /** A text of a saved record for a form field: "" for null. */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    public static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }

    /** The filters as a query string for pagination links (empty values left out). */
    public static String query(Map<String, String> filters) {
        List<String> parts = new ArrayList<>();
        filters.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return String.join("&", parts);
    }

    /** Whether the console shows this request in English. */
    public static boolean english(ConsoleRequest request) {
        return request.locale() != null && "en".equals(request.locale().getLanguage());
    }
}
