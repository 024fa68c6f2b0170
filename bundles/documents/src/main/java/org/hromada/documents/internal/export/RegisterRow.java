package org.hromada.documents.internal.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hromada.documents.internal.entities.DocumentEntity;
import org.hromada.documents.internal.web.DocumentView;

/**
 * One published document as the open-data export writes it. The column names are stable (they follow
 * the Annex 9 {@code legalActs} names of DOMAIN.md section 4.5 where there is one) and the same in
 * CSV and JSON; new columns are only ever added at the end.
 */
final class RegisterRow {
    static final List<String> COLUMNS = List.of("uid", "kind", "kindName", "number", "title", "acceptedDate",
            "issuedDate", "validFrom", "status", "publisherName", "convocation", "session", "department",
            "isNormative", "isRegulatory", "url", "updatedAt");

    private RegisterRow() {
    }

    /** The row's values by column; {@code siteUrl} (may be empty) makes the address absolute. */
    static Map<String, Object> of(DocumentEntity d, String siteUrl) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("uid", d.getNumber() + "-" + d.getAdoptedOn().getYear());
        row.put("kind", d.getKind().getCode());
        row.put("kindName", d.getKind().getNameUk());
        row.put("number", d.getNumber());
        row.put("title", d.getTitle());
        row.put("acceptedDate", d.getAdoptedOn().toString());
        row.put("issuedDate", d.getPublishedAt().toString());
        row.put("validFrom", d.getInForceFrom() == null ? null : d.getInForceFrom().toString());
        row.put("status", d.getStatus());
        row.put("publisherName", d.getIssuingBody());
        row.put("convocation", d.getConvocation());
        row.put("session", d.getSessionNumber());
        row.put("department", d.getDepartment());
        row.put("isNormative", d.isNormative());
        row.put("isRegulatory", d.isRegulatory());
        row.put("url", siteUrl + DocumentView.url(d));
        row.put("updatedAt", d.getUpdatedAt().toString());
        return row;
    }
}
