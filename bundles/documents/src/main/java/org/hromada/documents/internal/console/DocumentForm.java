package org.hromada.documents.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.documents.internal.model.LeadTime;
import org.hromada.documents.internal.model.Medium;
import org.hromada.documents.internal.model.Status;
import org.hromada.documents.internal.web.DocumentRequest;
import org.hromada.documents.internal.web.DocumentView;
import org.hromada.platform.api.console.ConsoleRequest;

/**
 * The document editor's form: every field of the document API; {@code publishedAt} is a Kyiv
 * wall-clock time, the two flags are checkboxes; the Article 18 accounting fields close it. Dates go to the store as typed, so the store's own
 * checks report them.
 */
final class DocumentForm extends Form {
    static final List<String> FIELDS = List.of("kind", "number", "adoptedOn", "title", "summary", "text",
            "issuingBody", "convocation", "sessionNumber", "department", "publishedAt", "inForceFrom", "status",
            "normative", "regulatory", "considerationOn", "leadTime", "leadTimeReason", "receivedOn", "source",
            "restrictionBasis", "restrictedUntil", "field", "keywords", "medium", "storage", "version");

    private DocumentForm(Map<String, String> values) {
        super(FIELDS, values);
    }

    static DocumentForm of(ConsoleRequest request) {
        Map<String, String> values = ConsoleForms.values(request, FIELDS);
        values.put("normative", ConsoleForms.checkbox(request.params("normative")) ? "true" : "");
        values.put("regulatory", ConsoleForms.checkbox(request.params("regulatory")) ? "true" : "");
        return new DocumentForm(values);
    }

    static DocumentForm of(DocumentView d) {
        Map<String, String> values = new HashMap<>();
        values.put("kind", d.kind());
        values.put("number", d.number());
        values.put("adoptedOn", ConsoleForms.text(d.adoptedOn()));
        values.put("title", d.title());
        values.put("summary", ConsoleForms.text(d.summary()));
        values.put("text", ConsoleForms.text(d.text()));
        values.put("issuingBody", ConsoleForms.text(d.issuingBody()));
        values.put("convocation", ConsoleForms.text(d.convocation()));
        values.put("sessionNumber", ConsoleForms.text(d.sessionNumber()));
        values.put("department", ConsoleForms.text(d.department()));
        values.put("publishedAt", ConsoleForms.kyivInput(d.publishedAt()));
        values.put("inForceFrom", ConsoleForms.text(d.inForceFrom()));
        values.put("status", d.status());
        values.put("normative", d.normative() ? "true" : "");
        values.put("regulatory", d.regulatory() ? "true" : "");
        values.put("considerationOn", ConsoleForms.text(d.considerationOn()));
        values.put("leadTime", ConsoleForms.text(d.leadTime()));
        values.put("leadTimeReason", ConsoleForms.text(d.leadTimeReason()));
        values.put("receivedOn", ConsoleForms.text(d.receivedOn()));
        values.put("source", ConsoleForms.text(d.source()));
        values.put("restrictionBasis", ConsoleForms.text(d.restrictionBasis()));
        values.put("restrictedUntil", ConsoleForms.text(d.restrictedUntil()));
        values.put("field", ConsoleForms.text(d.field()));
        values.put("keywords", ConsoleForms.text(d.keywords()));
        values.put("medium", ConsoleForms.text(d.medium()));
        values.put("storage", ConsoleForms.text(d.storage()));
        values.put("version", String.valueOf(d.version()));
        return new DocumentForm(values);
    }

    /** A new document's form: an electronic draft with the standard lead time, of the kind asked for. */
    static DocumentForm empty(String kind) {
        return new DocumentForm(Map.of("kind", kind, "status", Status.DRAFT.key(), "leadTime", LeadTime.STANDARD.key(),
                "medium", Medium.ELECTRONIC.key()));
    }

    /** The store's request, or empty when a number or time cannot be read ({@link #errors()} says which). */
    Optional<DocumentRequest> toRequest(boolean creating) {
        Integer convocation = whole("convocation");
        Integer sessionNumber = whole("sessionNumber");
        String publishedAt = instant("publishedAt");
        Long version = creating ? null : version();
        if (!errors().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentRequest(trimmed("kind"), trimmed("number"), trimmed("adoptedOn"),
                trimmed("title"), trimmed("summary"), value("text"), trimmed("issuingBody"), convocation,
                sessionNumber, trimmed("department"), publishedAt, trimmed("inForceFrom"), trimmed("status"),
                !value("normative").isEmpty(), !value("regulatory").isEmpty(), trimmed("considerationOn"),
                trimmed("leadTime"), trimmed("leadTimeReason"), trimmed("receivedOn"), trimmed("source"),
                trimmed("restrictionBasis"), trimmed("restrictedUntil"), trimmed("field"), trimmed("keywords"),
                trimmed("medium"), trimmed("storage"), version));
    }
}
