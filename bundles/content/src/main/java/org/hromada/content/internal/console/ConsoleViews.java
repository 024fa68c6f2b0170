package org.hromada.content.internal.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.Languages;
import org.hromada.content.internal.model.Status;
import org.hromada.content.internal.web.ContentView;
import org.hromada.platform.api.console.ConsoleRequest;

/** Model pieces the content console pages share: plain maps, strings and instants for the templates. */
final class ConsoleViews {

    private ConsoleViews() {
    }

    /** What every page of a section gets: its type, its base path, the statuses and languages. */
    static Map<String, Object> base(ContentType type, ConsoleRequest request) {
        Map<String, Object> model = new HashMap<>();
        model.put("type", type.segment());
        model.put("typeKey", type.key());
        model.put("base", request.sectionBase());
        model.put("statuses", java.util.Arrays.stream(Status.values()).map(Status::key).toList());
        model.put("languages", Languages.ALL);
        return model;
    }

    static Map<String, Object> summary(ContentView item, String base) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", item.id());
        row.put("title", item.title());
        row.put("href", base + "/" + item.id());
        row.put("status", item.status());
        row.put("language", item.language());
        row.put("section", item.section() == null ? "" : item.section());
        row.put("author", item.author());
        row.put("updatedAt", item.updatedAt());
        row.put("createdAt", item.createdAt());
        row.put("version", item.version());
        if (item.publishAt() != null) {
            row.put("publishAt", item.publishAt());
        }
        if (item.publishedAt() != null) {
            row.put("publishedAt", item.publishedAt());
        }
        if (item.url() != null) {
            row.put("url", item.url());
        }
        if (item.translationId() != null) {
            row.put("translationId", item.translationId());
        }
        row.put("otherLanguage", Languages.UK.equals(item.language()) ? Languages.EN : Languages.UK);
        return row;
    }

    /** The filters as a query string for the pagination's links (without {@code page}). */
    static String query(Map<String, Object> filters) {
        List<String> parts = new ArrayList<>();
        filters.forEach((name, value) -> {
            if (value instanceof Boolean on) {
                if (on) {
                    parts.add(name + "=true");
                }
            } else if (value != null && !value.toString().isEmpty()) {
                parts.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return String.join("&", parts);
    }

    static Optional<Long> id(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 18 || !raw.strip().chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        long value = Long.parseLong(raw.strip());
        return value > 0 ? Optional.of(value) : Optional.empty();
    }

    /** A time in a snapshot (an ISO string), to show in Kyiv time. */

    static Optional<Instant> instant(Object value) {
        if (value instanceof String text && text.length() >= 20 && text.endsWith("Z")) {
            try {
                return Optional.of(Instant.parse(text));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return yes ? "✓" : "✗";
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }

    static String blank(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
