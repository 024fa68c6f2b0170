package org.hromada.documents.internal.accounting;

import java.time.Instant;
import java.time.LocalDate;
import org.hromada.documents.internal.entities.DocumentEntity;
import org.hromada.documents.internal.web.DocumentView;

/**
 * One document as the Article 18 accounting system shows it: the fields of DOMAIN.md section 1.5 and
 * never the text. {@code url} is the document's public address, null when its text is not public (a
 * restricted document); {@code source} is the author or unit, the department or issuing body when
 * none was recorded; {@code createdOn} is the date of adoption.
 */
public record AccountingEntry(long id, String title, String url, String kind, String kindName, String number,
                              LocalDate createdOn, LocalDate receivedOn, String source, String field,
                              String keywords, String medium, String restrictionBasis, LocalDate restrictedUntil,
                              String storage, Instant updatedAt) {

    static AccountingEntry of(DocumentEntity d, Instant now) {
        return new AccountingEntry(d.getId(), d.getTitle(), DocumentView.isPublic(d, now) ? DocumentView.url(d) : null,
                d.getKind().getCode(), d.getKind().getNameUk(), d.getNumber(), d.getAdoptedOn(), d.getReceivedOn(),
                sourceOf(d), d.getField(), d.getKeywords(), d.getMedium(), d.getRestrictionBasis(),
                d.getRestrictedUntil(), d.getStorage(), d.getUpdatedAt());
    }

    /** Whether access to the document is restricted (it has a legal ground recorded). */
    public boolean restricted() {
        return restrictionBasis != null && !restrictionBasis.isEmpty();
    }

    private static String sourceOf(DocumentEntity d) {
        for (String candidate : new String[] {d.getSource(), d.getDepartment(), d.getIssuingBody()}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }
}
