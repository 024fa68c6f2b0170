package org.hromada.documents.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hromada.documents.internal.model.LeadTime;
import org.hromada.documents.internal.model.Numbering;
import org.hromada.documents.internal.model.Status;
import org.hromada.documents.internal.web.DocumentRequest;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/**
 * Checks a document request into {@link Fields}: every invalid field at once, in one 422. Kind,
 * number, title and adoption date are required; entry into force is not before adoption; a kind
 * numbered by convocation needs the convocation. The Article 18 fields are checked by {@link AccountingRules}.
 */
final class DocumentRules {
    static final int MAX_NUMBER = 40;
    static final int MAX_TITLE = 500;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_TEXT = 1_000_000;
    static final int MAX_NAME = 200;
    static final int MAX_REASON = 1000;

    private DocumentRules() {
    }

    /** A checked request; {@code period} is where the number must be unique (see {@link Numbering}). */
    record Fields(String kind, String number, String period, LocalDate adoptedOn, String title, String summary,
                  String text, String issuingBody, Integer convocation, Integer sessionNumber, String department,
                  Instant publishedAt, LocalDate inForceFrom, Status status, boolean normative, boolean regulatory,
                  LocalDate considerationOn, LeadTime leadTime, String leadTimeReason,
                  AccountingRules.Accounting accounting) {
    }

    /** @param scopeOfKind the numbering scope of a kind code, or null when there is no such kind */
    static Fields check(DocumentRequest req, Function<String, String> scopeOfKind) {
        List<FieldError> errors = new ArrayList<>();
        String kind = trimmed(req.kind());
        String scope = null;
        if (kind.isEmpty()) {
            errors.add(new FieldError("kind", "is required"));
        } else {
            scope = scopeOfKind.apply(kind);
            if (scope == null) {
                errors.add(new FieldError("kind", "is not a known kind (see /api/v1/documents/kinds)"));
            }
        }
        String number = required(req.number(), "number", MAX_NUMBER, errors);
        if (!number.isEmpty() && !number.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}\\-/.]*")) {
            errors.add(new FieldError("number", "must be letters, digits, hyphens, slashes and dots, e.g. 123 or 45-VIII"));
        }
        String title = required(req.title(), "title", MAX_TITLE, errors);
        LocalDate adoptedOn = day(req.adoptedOn(), "adoptedOn", errors);
        if (adoptedOn == null && trimmed(req.adoptedOn()).isEmpty()) {
            errors.add(new FieldError("adoptedOn", "is required"));
        }
        LocalDate inForceFrom = day(req.inForceFrom(), "inForceFrom", errors);
        if (adoptedOn != null && inForceFrom != null && inForceFrom.isBefore(adoptedOn)) {
            errors.add(new FieldError("inForceFrom", "must not be before adoptedOn"));
        }
        Instant publishedAt = instant(req.publishedAt(), "publishedAt", errors);
        Status status = Status.DRAFT;
        if (!trimmed(req.status()).isEmpty()) {
            status = Status.parse(req.status()).orElse(null);
            if (status == null) {
                errors.add(new FieldError("status", "must be one of " + Status.KEYS));
            }
        }
        positive(req.convocation(), "convocation", errors);
        positive(req.sessionNumber(), "sessionNumber", errors);
        if (Numbering.CONVOCATION.equals(scope) && req.convocation() == null) {
            errors.add(new FieldError("convocation", "is required: this kind is numbered per convocation"));
        }
        LocalDate considerationOn = day(req.considerationOn(), "considerationOn", errors);
        if (adoptedOn != null && considerationOn != null && considerationOn.isBefore(adoptedOn)) {
            errors.add(new FieldError("considerationOn", "must not be before adoptedOn (the day the draft was registered)"));
        }
        LeadTime leadTime = LeadTime.STANDARD;
        if (!trimmed(req.leadTime()).isEmpty()) {
            leadTime = LeadTime.parse(req.leadTime()).orElse(null);
            if (leadTime == null) {
                errors.add(new FieldError("leadTime", "must be one of " + LeadTime.KEYS));
            }
        }
        String leadTimeReason = optional(req.leadTimeReason(), "leadTimeReason", MAX_REASON, errors);
        if (leadTime != null && leadTime.isException() && leadTimeReason.isEmpty()) {
            errors.add(new FieldError("leadTimeReason", "is required: an emergency or administrative-service exception"
                    + " to the lead time of a draft must be recorded with its reason"));
        }
        String summary = optional(req.summary(), "summary", MAX_SUMMARY, errors);
        String text = optional(req.text(), "text", MAX_TEXT, errors);
        String issuingBody = optional(req.issuingBody(), "issuingBody", MAX_NAME, errors);
        String department = optional(req.department(), "department", MAX_NAME, errors);
        AccountingRules.Accounting accounting = AccountingRules.check(req, adoptedOn, title, publishedAt, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Fields(kind, number, Numbering.period(scope, adoptedOn, req.convocation()), adoptedOn, title,
                summary, text, issuingBody, req.convocation(), req.sessionNumber(), department, publishedAt,
                inForceFrom, status, Boolean.TRUE.equals(req.normative()), Boolean.TRUE.equals(req.regulatory()),
                considerationOn, leadTime, leadTime.isException() ? leadTimeReason : "", accounting);
    }

    private static String required(String raw, String name, int max, List<FieldError> errors) {
        String value = trimmed(raw);
        if (value.isEmpty()) {
            errors.add(new FieldError(name, "is required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(name, "must be at most " + max + " characters long"));
        }
        return value;
    }

    static String optional(String raw, String name, int max, List<FieldError> errors) {
        String value = trimmed(raw);
        if (value.length() > max) {
            errors.add(new FieldError(name, "must be at most " + max + " characters long"));
        }
        return value;
    }

    private static void positive(Integer value, String name, List<FieldError> errors) {
        if (value != null && (value < 1 || value > 1000)) {
            errors.add(new FieldError(name, "must be a whole number from 1 to 1000"));
        }
    }

    static LocalDate day(String raw, String name, List<FieldError> errors) {
        String value = trimmed(raw);
        if (value.isEmpty()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (day.getYear() >= 1900 && day.getYear() <= 2999) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be a date as yyyy-MM-dd, years 1900 to 2999"));
        return null;
    }

    private static Instant instant(String raw, String name, List<FieldError> errors) {
        String value = trimmed(raw);
        if (value.isEmpty()) {
            return null;
        }
        try {
            Instant at = Instant.parse(value);
            if (at.isAfter(Instant.parse("1900-01-01T00:00:00Z")) && at.isBefore(Instant.parse("3000-01-01T00:00:00Z"))) {
                return at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be a time as 2025-03-01T09:00:00Z, years 1900 to 2999"));
        return null;
    }

    static String trimmed(String raw) {
        return raw == null ? "" : raw.strip();
    }
}
