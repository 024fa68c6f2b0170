package org.hromada.documents.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.web.FieldError;

/**
 * A console form: its fields exactly as typed (so a form sent back with errors loses nothing) and its
 * errors as message keys by field; the conversions of typed text the stores take as numbers or instants.
 * Errors the store reports (in English, for the API) become message keys by {@link #storeErrors}.
 */
class Form {
    /** The key of an error that belongs to no field of the form. */
    static final String FORM = "form";

    private final List<String> fields;
    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    Form(List<String> fields, Map<String, String> values) {
        this.fields = fields;
        this.values = new LinkedHashMap<>(values);
        fields.forEach(f -> this.values.putIfAbsent(f, ""));
    }

    final String value(String field) {
        return values.getOrDefault(field, "");
    }

    final Map<String, String> values() {
        return values;
    }

    final Map<String, String> errors() {
        return errors;
    }

    /** Records an error (message key) for a field, keeping the first one. */
    final void error(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
    }

    /** A whole number field from 1 up, null when blank; an error when it is not one. */
    final Integer whole(String field) {
        Optional<Long> id = ConsoleForms.id(value(field));
        if (value(field).isBlank()) {
            return null;
        }
        if (id.isEmpty() || id.get() > Integer.MAX_VALUE) {
            error(field, "documents.error.number");
            return null;
        }
        return id.get().intValue();
    }

    /** A document chosen by its id, null when none; an error when the value is not an id. */
    final Long documentId(String field) {
        if (value(field).isBlank()) {
            return null;
        }
        Optional<Long> id = ConsoleForms.id(value(field));
        if (id.isEmpty()) {
            error(field, "documents.error.number");
        }
        return id.orElse(null);
    }

    /** The hidden {@code version} the editor loaded (0 up), null when absent; a mangled one counts as stale. */
    final Long version() {
        String typed = value("version").strip();
        if (typed.isEmpty()) {
            return null;
        }
        if (typed.length() > 18 || !typed.chars().allMatch(Character::isDigit)) {
            error(FORM, "documents.error.stale");
            return null;
        }
        return Long.parseLong(typed);
    }

    /** A Kyiv {@code datetime-local} field as the ISO instant the stores read, null when blank. */
    final String instant(String field) {
        if (value(field).isBlank()) {
            return null;
        }
        Optional<Instant> at = ConsoleForms.kyivInstant(value(field));
        if (at.isEmpty()) {
            error(field, "documents.error.time");
        }
        return at.map(Instant::toString).orElse(null);
    }

    /** A text field trimmed; null when blank, so the store treats it as absent. */
    final String trimmed(String field) {
        String value = value(field).strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * The errors of a store's 422 on the fields they name: "is required" and "too long" have their own
     * messages, anything else the field's own ({@code <prefix>.<field>}); errors of unknown fields go
     * under {@link #FORM}.
     */
    final void storeErrors(String prefix, List<FieldError> fieldErrors) {
        for (FieldError e : fieldErrors) {
            String field = e.field() != null && fields.contains(e.field()) ? e.field() : FORM;
            error(field, StoreErrors.key(prefix, field, e.message()));
        }
    }
}
