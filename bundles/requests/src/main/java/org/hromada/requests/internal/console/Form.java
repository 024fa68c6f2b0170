package org.hromada.requests.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.web.FieldError;

/**
 * A form of the console or the site: its fields exactly as typed (so a form sent back with errors loses nothing) and its
 * errors as message keys by field. The store's errors (English, for the API) become message keys:
 * "is required" and "too long" have their own, anything else the field's own ({@code requests.error.<field>}).
 */
public class Form {
    /** The key of an error that belongs to no field of the form. */
    protected static final String FORM = "form";

    private final List<String> fields;
    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    protected Form(List<String> fields, Map<String, String> values) {
        this.fields = fields;
        this.values = new LinkedHashMap<>(values);
        fields.forEach(f -> this.values.putIfAbsent(f, ""));
    }

    protected final String value(String field) {
        return values.getOrDefault(field, "");
    }

    protected final Map<String, String> values() {
        return values;
    }

    protected final Map<String, String> errors() {
        return errors;
    }

    /** Records an error (message key) for a field, keeping the first one. */
    protected final void error(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
    }

    /** A whole number from 0 up, null when blank; an error when it is not one. */
    protected final Integer count(String field) {
        String typed = value(field).strip();
        if (typed.isEmpty()) {
            return null;
        }
        if (typed.length() > 9 || !typed.chars().allMatch(Character::isDigit)) {
            error(field, "requests.error.number");
            return null;
        }
        return Integer.parseInt(typed);
    }

    /** A Kyiv {@code datetime-local} field as the ISO instant the store reads, null when blank. */
    protected final String instant(String field) {
        if (value(field).isBlank()) {
            return null;
        }
        Optional<Instant> at = ConsoleForms.kyivInstant(value(field));
        if (at.isEmpty()) {
            error(field, "requests.error.time");
        }
        return at.map(Instant::toString).orElse(null);
    }

    /** A text field trimmed; null when blank, so the store treats it as absent. */
    protected final String trimmed(String field) {
        String value = value(field).strip();
        return value.isEmpty() ? null : value;
    }

    /** The errors of a store's 422 on the fields they name; errors of fields the form lacks go under {@link #FORM}. */
    protected final void storeErrors(List<FieldError> fieldErrors) {
        for (FieldError e : fieldErrors) {
            String field = e.field() != null && fields.contains(e.field()) ? e.field() : FORM;
            error(field, key(field, e.message()));
        }
    }

    protected static String key(String field, String message) {
        String text = message == null ? "" : message;
        if (FORM.equals(field)) {
            return "requests.error.other";
        }
        if (text.equals("is required")) { // a bare one; "is required: <why>" gets the field's own message
            return "requests.error.required";
        }
        if (text.startsWith("must be at most")) {
            return "requests.error.tooLong";
        }
        if (text.startsWith("no fee is due")) {
            return "requests.error.feeNotDue";
        }
        if (text.startsWith("unpaid applies only")) {
            return "requests.error.groundUnpaid";
        }
        return "requests.error." + field;
    }
}
