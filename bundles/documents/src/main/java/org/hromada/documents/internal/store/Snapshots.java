package org.hromada.documents.internal.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hromada.documents.internal.entities.DocumentEntity;

/** A document's fields as the audit log keeps them (JSON-friendly), and what changed between two. */
final class Snapshots {

    private Snapshots() {
    }

    static Map<String, Object> of(DocumentEntity d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", d.getKind().getCode());
        fields.put("number", d.getNumber());
        fields.put("adoptedOn", String.valueOf(d.getAdoptedOn()));
        fields.put("title", d.getTitle());
        fields.put("summary", d.getSummary());
        fields.put("text", d.getBody());
        fields.put("issuingBody", d.getIssuingBody());
        fields.put("convocation", d.getConvocation());
        fields.put("sessionNumber", d.getSessionNumber());
        fields.put("department", d.getDepartment());
        fields.put("publishedAt", d.getPublishedAt() == null ? null : d.getPublishedAt().toString());
        fields.put("inForceFrom", d.getInForceFrom() == null ? null : d.getInForceFrom().toString());
        fields.put("status", d.getStatus());
        fields.put("normative", d.isNormative());
        fields.put("regulatory", d.isRegulatory());
        fields.put("considerationOn", d.getConsiderationOn() == null ? null : d.getConsiderationOn().toString());
        fields.put("leadTime", d.getLeadTime());
        fields.put("leadTimeReason", d.getLeadTimeReason());
        fields.put("receivedOn", d.getReceivedOn() == null ? null : d.getReceivedOn().toString());
        fields.put("source", d.getSource());
        fields.put("restrictionBasis", d.getRestrictionBasis());
        fields.put("restrictedUntil", d.getRestrictedUntil() == null ? null : d.getRestrictedUntil().toString());
        fields.put("field", d.getField());
        fields.put("keywords", d.getKeywords());
        fields.put("medium", d.getMedium());
        fields.put("storage", d.getStorage());
        return fields;
    }

    /** Keeps in {@code before} and {@code after} only the fields whose values differ. */
    static void keepChanged(Map<String, Object> before, Map<String, Object> after) {
        for (String field : new ArrayList<>(before.keySet())) {
            if (Objects.equals(before.get(field), after.get(field))) {
                before.remove(field);
                after.remove(field);
            }
        }
    }
}
