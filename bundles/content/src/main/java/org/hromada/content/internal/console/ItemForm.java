package org.hromada.content.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.Languages;
import org.hromada.content.internal.web.ContentView;
import org.hromada.content.internal.web.ItemRequest;
import org.hromada.platform.api.console.ConsoleRequest;

/**
 * The item form of the console: the fields exactly as typed (so a form sent back with errors loses
 * nothing), their checks (the same limits as the API's), and the {@link ItemRequest} they make.
 * Errors are message keys by field name.
 */
final class ItemForm {
    static final List<String> FIELDS = List.of("title", "slug", "summary", "body", "section", "tags", "language",
            "translationOf", "pinned", "coverId", "coverAlt", "publishAt", "unpublishAt", "parentId", "position",
            "version");
    private static final int MAX_TAGS = 30;

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private ItemForm(Map<String, String> values) {
        this.values = values;
    }

    /** The form as the browser sent it; {@code pinned} is a checkbox (absent: unchecked). */
    static ItemForm of(ConsoleRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            List<String> sent = request.params(field);
            values.put(field, sent.isEmpty() || sent.get(0) == null ? "" : sent.get(0));
        }
        values.put("pinned", checkbox(request.params("pinned")) ? "true" : "");
        return new ItemForm(values);
    }

    /** A saved item's form. */
    static ItemForm of(ContentView item) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", item.title());
        values.put("slug", item.slug());
        values.put("summary", item.summary());
        values.put("body", item.body());
        values.put("section", item.section() == null ? "" : item.section());
        values.put("tags", String.join(", ", item.tags()));
        values.put("language", item.language());
        values.put("translationOf", item.translationId() == null ? "" : item.translationId().toString());
        values.put("pinned", item.pinned() ? "true" : "");
        values.put("coverId", item.coverId() == null ? "" : item.coverId().toString());
        values.put("coverAlt", item.coverAlt() == null ? "" : item.coverAlt());
        values.put("publishAt", ConsoleForms.kyivInput(item.publishAt()));
        values.put("unpublishAt", ConsoleForms.kyivInput(item.unpublishAt()));
        values.put("parentId", item.parentId() == null ? "" : item.parentId().toString());
        values.put("position", String.valueOf(item.position()));
        values.put("version", String.valueOf(item.version()));
        return new ItemForm(values);
    }

    /** An empty form for a new item in {@code language}. */
    static ItemForm empty(String language) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, ""));
        values.put("language", Languages.isKnown(language) ? language : Languages.UK);
        return new ItemForm(values);
    }

    /** A checkbox is on when any value but {@code false}/{@code off}/{@code 0} was sent (hidden fallbacks send those). */
    static boolean checkbox(List<String> sent) {
        return sent.stream().anyMatch(v -> v != null && !v.isBlank()
                && !Arrays.asList("false", "off", "0").contains(v.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Tags typed comma-separated (or one a line): trimmed, blanks and repeats dropped, in order. */
    static List<String> tags(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String tag : typed.split("[,;\\n]")) {
            String clean = tag.strip();
            if (!clean.isEmpty()) {
                tags.add(clean);
            }
        }
        return List.copyOf(tags);
    }

    /** The optional fields left empty, which the store then unsets (see {@code ContentStore#update}). */
    java.util.Set<String> emptied() {
        java.util.Set<String> empty = new java.util.HashSet<>();
        for (String field : List.of(org.hromada.content.internal.store.ContentStore.PUBLISH_AT,
                org.hromada.content.internal.store.ContentStore.UNPUBLISH_AT,
                org.hromada.content.internal.store.ContentStore.PARENT_ID)) {
            if (value(field).isBlank()) {
                empty.add(field);
            }
        }
        return empty;
    }

    String value(String field) {
        return values.getOrDefault(field, "");
    }

    Map<String, String> values() {
        return values;
    }

    Map<String, String> errors() {
        return errors;
    }

    /** Records an error (message key) for a field, keeping the first one. */
    void error(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
    }

    /**
     * The request the store takes, or empty when a field is wrong ({@link #errors()} says which). A new
     * item has no version; on update an empty cover removes it ({@code 0}).
     */
    Optional<ItemRequest> toRequest(ContentType type, boolean creating) {
        String title = value("title").strip();
        if (title.isEmpty()) {
            error("title", "content.error.required");
        } else if (title.length() > 300) {
            error("title", "content.error.tooLong");
        }
        String language = value("language").strip();
        if (!Languages.isKnown(language)) {
            error("language", "content.error.language");
        }
        String slug = value("slug").strip();
        if (slug.length() > 80) {
            error("slug", "content.error.slug");
        }
        String summary = value("summary").strip();
        if (summary.length() > 1000) {
            error("summary", "content.error.tooLong");
        }
        String body = value("body");
        if (body.length() > 1_000_000) {
            error("body", "content.error.tooLong");
        }
        String section = value("section").strip();
        if (section.length() > 100 || !section.matches("([a-z0-9]+(-[a-z0-9]+)*)?")) {
            error("section", "content.error.section");
        }
        List<String> tags = tags(value("tags"));
        if (tags.size() > MAX_TAGS || tags.stream().anyMatch(t -> t.length() > 50)) {
            error("tags", "content.error.tags");
        }
        String coverAlt = value("coverAlt").strip();
        if (coverAlt.length() > 500) {
            error("coverAlt", "content.error.tooLong");
        }
        Instant publishAt = time("publishAt");
        Instant unpublishAt = time("unpublishAt");
        if (publishAt != null && unpublishAt != null && !unpublishAt.isAfter(publishAt)) {
            error("unpublishAt", "content.error.unpublishAt");
        }
        Long translationOf = id("translationOf", 1);
        Long coverId = id("coverId", 1);
        Long parentId = type == ContentType.PAGE ? id("parentId", 1) : null;
        Long position = type == ContentType.PAGE ? id("position", 0) : null;
        if (position != null && position > 1_000_000) {
            error("position", "content.error.number");
        }
        Long version = creating ? null : id("version", 0);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ItemRequest(title, summary, body, language, slug, section, tags,
                !value("pinned").isEmpty(), publishAt, unpublishAt, parentId,
                position == null ? null : position.intValue(), translationOf, version,
                coverId == null ? (creating ? null : 0L) : coverId, coverAlt));
    }

    private Instant time(String field) {
        String typed = value(field);
        if (typed.isBlank()) {
            return null;
        }
        Optional<Instant> parsed = ConsoleForms.kyivInstant(typed);
        if (parsed.isEmpty()) {
            error(field, "content.error.time");
        }
        return parsed.orElse(null);
    }

    private Long id(String field, long min) {
        String typed = value(field).strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            long number = Long.parseLong(typed);
            if (number >= min) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(field, "content.error.number");
        return null;
    }

    /** The errors of a store's 422 by field, as message keys (unknown fields under {@code form}). */
    void storeErrors(List<org.hromada.platform.api.web.FieldError> fieldErrors) {
        List<String> known = new ArrayList<>(FIELDS);
        for (org.hromada.platform.api.web.FieldError e : fieldErrors) {
            String field = e.field() == null ? "form" : e.field();
            error(known.contains(field) ? field : "form", "content.error.store." + (known.contains(field) ? field : "other"));
        }
    }
}
