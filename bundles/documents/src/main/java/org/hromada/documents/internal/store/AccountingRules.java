package org.hromada.documents.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hromada.documents.internal.model.KyivTime;
import org.hromada.documents.internal.model.Medium;
import org.hromada.documents.internal.model.NeverRestricted;
import org.hromada.documents.internal.web.DocumentRequest;
import org.hromada.platform.api.web.FieldError;

/**
 * Checks the Article 18 accounting fields of a document request (DOMAIN.md section 1.5). A restriction
 * of access needs both its legal ground and its end date, ending after the document was created; it is
 * refused for budget, funds, procurement and property information ({@link NeverRestricted}); and a
 * restricted document's text cannot be published before the restriction ends (its accounting entry is
 * public all the same). A document is received on or after the day it was created.
 */
final class AccountingRules {
    static final int MAX_SOURCE = 200;
    static final int MAX_BASIS = 500;
    static final int MAX_FIELD = 200;
    static final int MAX_KEYWORDS = 500;
    static final int MAX_STORAGE = 300;

    private AccountingRules() {
    }

    /** The checked fields; {@code restrictionBasis} is null when access is not restricted. */
    record Accounting(LocalDate receivedOn, String source, String restrictionBasis, LocalDate restrictedUntil,
                      String field, String keywords, Medium medium, String storage) {
    }

    /** Adds what is wrong to {@code errors}; {@code adoptedOn} and {@code publishedAt} may be null (absent or invalid). */
    static Accounting check(DocumentRequest req, LocalDate adoptedOn, String title, Instant publishedAt,
                            List<FieldError> errors) {
        LocalDate receivedOn = DocumentRules.day(req.receivedOn(), "receivedOn", errors);
        if (adoptedOn != null && receivedOn != null && receivedOn.isBefore(adoptedOn)) {
            errors.add(new FieldError("receivedOn", "must not be before adoptedOn (the date the document was created)"));
        }
        String source = DocumentRules.optional(req.source(), "source", MAX_SOURCE, errors);
        String field = DocumentRules.optional(req.field(), "field", MAX_FIELD, errors);
        String keywords = DocumentRules.optional(req.keywords(), "keywords", MAX_KEYWORDS, errors);
        String storage = DocumentRules.optional(req.storage(), "storage", MAX_STORAGE, errors);
        Medium medium = Medium.ELECTRONIC;
        if (!DocumentRules.trimmed(req.medium()).isEmpty()) {
            medium = Medium.parse(req.medium()).orElse(null);
            if (medium == null) {
                errors.add(new FieldError("medium", "must be one of " + Medium.KEYS));
            }
        }
        String basis = DocumentRules.optional(req.restrictionBasis(), "restrictionBasis", MAX_BASIS, errors);
        String untilTyped = DocumentRules.trimmed(req.restrictedUntil());
        LocalDate until = DocumentRules.day(req.restrictedUntil(), "restrictedUntil", errors);
        if (!basis.isEmpty()) {
            restriction(basis, until, untilTyped, adoptedOn, field, title, publishedAt, errors);
        } else if (!untilTyped.isEmpty()) {
            errors.add(new FieldError("restrictionBasis", "is required: a restriction of access needs its legal"
                    + " ground (Art. 18 item 5), or leave restrictedUntil empty"));
        }
        return new Accounting(receivedOn, source, basis.isEmpty() ? null : basis, basis.isEmpty() ? null : until,
                field, keywords, medium, storage);
    }

    private static void restriction(String basis, LocalDate until, String untilTyped, LocalDate adoptedOn,
                                    String field, String title, Instant publishedAt, List<FieldError> errors) {
        NeverRestricted.topic(field, title).ifPresent(stem -> errors.add(new FieldError("restrictionBasis",
                "must be empty: information on budgets, public funds, procurement and state or communal property"
                        + " may never be restricted (Art. 6 part 5 of the Law on Access to Public Information);"
                        + " the field or title of this document is about \"" + stem + "\"")));
        if (untilTyped.isEmpty()) {
            errors.add(new FieldError("restrictedUntil", "is required: a restriction of access needs its end date"
                    + " (Art. 18 item 6)"));
        } else if (until != null && adoptedOn != null && !until.isAfter(adoptedOn)) {
            errors.add(new FieldError("restrictedUntil", "must be after adoptedOn (the date the document was created)"));
        }
        LocalDate publishedOn = KyivTime.day(publishedAt);
        if (publishedOn != null && (until == null || !publishedOn.isAfter(until))) {
            errors.add(new FieldError("publishedAt", "must be empty while access is restricted: the text of a"
                    + " restricted document is not published (its accounting entry is); publish it after restrictedUntil"));
        }
    }
}
