package org.hromada.documents.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hromada.documents.internal.model.LeadTime;
import org.hromada.documents.internal.model.Status;
import org.hromada.documents.internal.web.DocumentRequest;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.junit.jupiter.api.Test;

class DocumentRulesTest {
    private static final Function<String, String> KINDS =
            Map.of("council_decision", "convocation", "head_order", "year")::get;

    private static DocumentRequest request(String kind, String number, String adoptedOn, String inForceFrom,
                                           Integer convocation, String status) {
        return new DocumentRequest(kind, number, adoptedOn, "Про бюджет громади", null, null, "Міська рада",
                convocation, null, null, null, inForceFrom, status, true, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    private static DocumentRequest draft(String registered, String consideration, String leadTime, String reason) {
        return new DocumentRequest("head_order", "П-1", registered, "Про надання земельної ділянки", null, null,
                "Міська рада", null, null, null, null, null, "draft", false, false, consideration, leadTime, reason,
                null, null, null, null, null, null, null, null, null);
    }

    private static List<String> fields(DocumentRequest req) {
        ProblemException problem = assertThrows(ProblemException.class, () -> DocumentRules.check(req, KINDS));
        assertEquals(422, problem.status());
        return problem.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aYearNumberedKindIsUniqueWithinTheYearOfAdoption() {
        DocumentRules.Fields fields = DocumentRules.check(request("head_order", " 12-р ", "2025-03-04", null, null, null),
                KINDS);
        assertEquals("12-р", fields.number());
        assertEquals("y2025", fields.period());
        assertEquals(Status.DRAFT, fields.status(), "a document without a status is a draft");
        assertTrue(fields.normative());
    }

    @Test
    void aConvocationNumberedKindIsUniqueWithinTheConvocation() {
        DocumentRules.Fields fields = DocumentRules.check(
                request("council_decision", "45-VIII", "2024-12-20", "2025-01-01", 8, "in_force"), KINDS);
        assertEquals("c8", fields.period());
        assertEquals(Status.IN_FORCE, fields.status());
        assertEquals(LocalDate.of(2025, 1, 1), fields.inForceFrom());
        assertEquals(List.of("convocation"), fields(request("council_decision", "45", "2024-12-20", null, null, null)));
    }

    @Test
    void requiredFieldsAreReportedTogether() {
        DocumentRequest empty = new DocumentRequest(null, " ", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(List.of("kind", "number", "title", "adoptedOn"), fields(empty));
    }

    @Test
    void badValuesAreExplainedPerField() {
        assertEquals(List.of("kind"), fields(request("nonsense", "1", "2025-01-01", null, null, null)));
        assertEquals(List.of("adoptedOn"), fields(request("head_order", "1", "2025-02-30", null, null, null)));
        assertEquals(List.of("adoptedOn"), fields(request("head_order", "1", "99999-01-01", null, null, null)));
        assertEquals(List.of("status"), fields(request("head_order", "1", "2025-01-01", null, null, "repealed")));
        assertEquals(List.of("number"), fields(request("head_order", "1 2", "2025-01-01", null, null, null)));
        assertEquals(List.of("convocation"), fields(request("head_order", "1", "2025-01-01", null, 0, null)));
    }

    @Test
    void entryIntoForceIsNotBeforeAdoption() {
        assertEquals(List.of("inForceFrom"), fields(request("head_order", "1", "2025-05-10", "2025-05-09", null, null)));
        assertEquals(LocalDate.of(2025, 5, 10),
                DocumentRules.check(request("head_order", "1", "2025-05-10", "2025-05-10", null, null), KINDS)
                        .inForceFrom());
    }

    @Test
    void aDraftKeepsItsLeadTimeAndAnExceptionNeedsItsReason() {
        DocumentRules.Fields standard = DocumentRules.check(draft("2025-03-03", "2025-03-27", null, "ignored"), KINDS);
        assertEquals(LeadTime.STANDARD, standard.leadTime());
        assertEquals(LocalDate.of(2025, 3, 27), standard.considerationOn());
        assertEquals("", standard.leadTimeReason(), "a reason only belongs to an exception");

        DocumentRules.Fields emergency = DocumentRules.check(draft("2025-03-03", "2025-03-04", "emergency",
                " Прорив теплотраси "), KINDS);
        assertEquals(LeadTime.EMERGENCY, emergency.leadTime());
        assertEquals("Прорив теплотраси", emergency.leadTimeReason());

        assertEquals(List.of("leadTimeReason"), fields(draft("2025-03-03", "2025-03-04", "admin_service", " ")));
        assertEquals(List.of("leadTime"), fields(draft("2025-03-03", "2025-03-04", "urgent", null)));
        assertEquals(List.of("considerationOn"), fields(draft("2025-03-03", "2025-03-02", null, null)));
    }
}
