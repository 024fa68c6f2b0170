package org.hromada.requests.internal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hromada.platform.api.site.FormSubmission;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.rules.SubmissionRules;
import org.hromada.requests.internal.web.SubmissionRequest;
import org.junit.jupiter.api.Test;

/** The site's form as the intake reads it, and the intake's errors as message keys beside the fields. */
class PublicRequestFormTest {

    static FormSubmission post(String... pairs) {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return new FormSubmission("/request-information", Map.of(), fields, "192.0.2.1", "uk");
    }

    @Test
    void theFieldsBecomeTheIntakesRequestTrimmedAndBlanksAbsent() {
        SubmissionRequest request = PublicRequestForm.of(post("name", "  Олена Петренко ", "email", "",
                "postalAddress", "вул. Шевченка, 1", "phone", " ", "description", "Бюджет на 2026 рік",
                "urgencyGround", "environment", "urgencyJustification", "не відзначено")).toRequest();
        assertEquals("Олена Петренко", request.name());
        assertNull(request.email());
        assertEquals("вул. Шевченка, 1", request.postalAddress());
        assertNull(request.phone());
        assertEquals("Бюджет на 2026 рік", request.description());
        assertFalse(request.urgent());
        assertNull(request.urgencyGround(), "the ground counts only for an urgent request");
        assertNull(request.urgencyJustification());
        assertEquals("", request.website());
        assertNull(request.channel(), "the public never chooses the channel");
        assertNull(request.receivedAt());
    }

    @Test
    void aTickedCheckboxIsUrgentWhateverItsValue() {
        SubmissionRequest request = PublicRequestForm.of(post("urgent", "on", "urgencyGround", "emergency",
                "urgencyJustification", "Повінь")).toRequest();
        assertTrue(request.urgent());
        assertEquals("emergency", request.urgencyGround());
        assertEquals("Повінь", request.urgencyJustification());
    }

    @Test
    void theHoneypotReachesTheIntakeButIsNeverShownBack() {
        PublicRequestForm form = PublicRequestForm.of(post("website", "http://spam.example"));
        assertEquals("http://spam.example", form.toRequest().website());
        @SuppressWarnings("unchecked")
        Map<String, String> values = (Map<String, String>) form.model().get("values");
        assertFalse(values.containsKey("website"));
    }

    @Test
    void theRulesErrorsStandBesideTheirFields() {
        PublicRequestForm form = PublicRequestForm.of(post("name", "", "email", "not-an-address", "phone", "call me",
                "description", "x".repeat(5001), "urgent", "true"));
        ProblemException invalid = assertThrows(ProblemException.class,
                () -> SubmissionRules.fromPublic(form.toRequest(), Instant.parse("2026-11-02T09:00:00Z")));
        Map<String, Object> model = form.withErrors(invalid.errors()).model();
        assertEquals(Map.of("name", "requests.error.required", "email", "requests.error.email",
                "phone", "requests.error.phone", "description", "requests.error.tooLong",
                "urgencyGround", "requests.error.urgencyGround",
                "urgencyJustification", "requests.error.required"), model.get("errors"));
        @SuppressWarnings("unchecked")
        Map<String, String> values = (Map<String, String>) model.get("values");
        assertEquals("not-an-address", values.get("email"), "the values stay as typed");
        assertEquals("true", values.get("urgent"));
    }

    @Test
    void noContactAtAllIsAnErrorOnTheEmailField() {
        PublicRequestForm form = PublicRequestForm.of(post("name", "Олена", "description", "Бюджет"));
        ProblemException invalid = assertThrows(ProblemException.class,
                () -> SubmissionRules.fromPublic(form.toRequest(), Instant.now()));
        assertEquals(Map.of("email", "requests.error.email"), form.withErrors(invalid.errors()).model().get("errors"));
    }

    @Test
    void theGroundsAreOfferedInTheLawsOrder() {
        assertEquals(List.of("life_or_liberty", "environment", "product_quality", "emergency"),
                PublicRequestForm.empty().model().get("grounds"));
    }

    @Test
    void aRefusedFileStandsBesideTheFileFieldAndTheTextStays() {
        PublicRequestForm form = PublicRequestForm.of(post("name", "Олена", "description", "Бюджет"));
        java.util.List<org.hromada.platform.api.web.FieldError> errors = java.util.List.of(
                org.hromada.requests.internal.attachments.FileProblem.SIZE.error("files", "scan.pdf", "5 MB"),
                new org.hromada.platform.api.web.FieldError("email", "an e-mail or postal address is required"));
        Map<String, Object> model = form.withErrors(errors).model();
        assertEquals(Map.of("files", "requests.error.files.size", "email", "requests.error.email"), model.get("errors"));
        @SuppressWarnings("unchecked")
        Map<String, String> values = (Map<String, String>) model.get("values");
        assertEquals("Бюджет", values.get("description"));
        assertEquals(3, model.get("fileCount"));
        assertEquals("5 MB", model.get("fileLimit"));
    }
}
