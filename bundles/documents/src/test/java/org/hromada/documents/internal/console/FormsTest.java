package org.hromada.documents.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import static org.hromada.documents.internal.console.FakeConsole.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.documents.internal.sessions.ItemRequest;
import org.hromada.documents.internal.sessions.SessionRequest;
import org.hromada.documents.internal.web.DocumentRequest;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.web.FieldError;
import org.junit.jupiter.api.Test;

/** The forms' mapping to the stores' requests, and the stores' refusals to message keys. */
class FormsTest {

    private static ConsoleRequest post(Map<String, List<String>> params) {
        return FakeConsole.request("POST", "/console/documents", "/new", "uk", params, List.of());
    }

    @Test
    void kyivWallClockBecomesAnInstantAndBack() {
        assertEquals(Optional.of(Instant.parse("2026-07-01T06:30:00Z")), ConsoleForms.kyivInstant("2026-07-01T09:30"));
        assertEquals(Optional.of(Instant.parse("2026-01-15T07:00:00Z")), ConsoleForms.kyivInstant("2026-01-15T09:00"));
        assertEquals("2026-07-01T09:30", ConsoleForms.kyivInput(Instant.parse("2026-07-01T06:30:00Z")));
        assertEquals("", ConsoleForms.kyivInput(null));
        assertTrue(ConsoleForms.kyivInstant("01.07.2026 09:30").isEmpty());
    }

    @Test
    void aGoodDocumentFormMakesTheStoresRequest() {
        DocumentForm form = DocumentForm.of(post(params("kind", "council_decision", "number", " 45-VIII ",
                "adoptedOn", "2026-04-13", "title", "Про бюджет", "convocation", "8", "publishedAt", "2026-07-01T09:30",
                "normative", "true", "leadTime", "standard", "text", "  Текст  ", "version", "0")));
        DocumentRequest req = form.toRequest(false).orElseThrow();
        assertEquals("45-VIII", req.number());
        assertEquals(8, req.convocation());
        assertNull(req.sessionNumber());
        assertEquals("2026-07-01T06:30:00Z", req.publishedAt());
        assertEquals(Boolean.TRUE, req.normative());
        assertEquals(Boolean.FALSE, req.regulatory());
        assertEquals("  Текст  ", req.text(), "the text is kept as typed");
        assertNull(req.summary(), "blank is absent");
        assertEquals(0L, req.version(), "a new record's version 0 is a version");
        assertNull(DocumentForm.of(post(params("title", "x"))).toRequest(true).orElseThrow().version());
    }

    @Test
    void unreadableNumbersAndTimesAreReportedAndTheTypingKept() {
        DocumentForm form = DocumentForm.of(post(params("convocation", "VIII", "sessionNumber", "0",
                "publishedAt", "завтра", "title", "Мій заголовок", "version", "3x")));
        assertTrue(form.toRequest(false).isEmpty());
        assertEquals("documents.error.number", form.errors().get("convocation"));
        assertEquals("documents.error.number", form.errors().get("sessionNumber"));
        assertEquals("documents.error.time", form.errors().get("publishedAt"));
        assertEquals("documents.error.stale", form.errors().get(Form.FORM));
        assertEquals("Мій заголовок", form.value("title"));
        assertEquals("завтра", form.value("publishedAt"));
    }

    @Test
    void theStoresFieldErrorsBecomeMessagesOnTheirFields() {
        DocumentForm form = DocumentForm.of(post(params()));
        form.storeErrors("documents.error.store", List.of(new FieldError("adoptedOn", "must be a date as yyyy-MM-dd"),
                new FieldError("title", "is required"), new FieldError("summary", "must be at most 2000 characters long"),
                new FieldError("leadTimeReason", "is required: an emergency ... must be recorded with its reason"),
                new FieldError("weird", "x")));
        assertEquals("documents.error.store.adoptedOn", form.errors().get("adoptedOn"));
        assertEquals("documents.error.required", form.errors().get("title"));
        assertEquals("documents.error.tooLong", form.errors().get("summary"));
        assertEquals("documents.error.store.leadTimeReason", form.errors().get("leadTimeReason"), "the why is kept");
        assertEquals("documents.error.other", form.errors().get(Form.FORM));
    }

    @Test
    void aSessionFormMakesTheStoresRequest() {
        SessionRequest req = SessionForm.of(post(params("bodyKind", "plenary", "bodyName", " Рада ", "convocation", "8",
                "number", "52", "heldOn", "2026-09-24", "startsAt", "10:00", "protocolDocumentId", "12",
                "videoPublishedAt", "2026-09-24T20:30", "version", "4"))).toRequest(false).orElseThrow();
        assertEquals("Рада", req.bodyName());
        assertEquals(52, req.number());
        assertEquals(12L, req.protocolDocumentId());
        assertEquals("2026-09-24T17:30:00Z", req.videoPublishedAt());
        assertNull(req.publishedAt());
        assertEquals(4L, req.version());
    }

    @Test
    void anAgendaItemFormMakesTheStoresRequest() {
        AgendaForm form = AgendaForm.of(post(params("title", "Про бюджет", "draftDocumentId", "12", "result", "adopted",
                "voteHeldAt", "2026-09-24T11:00", "secretBallot", "on", "version", "4")));
        ItemRequest req = form.toRequest().orElseThrow();
        assertEquals(12L, req.draftDocumentId());
        assertNull(req.decisionDocumentId());
        assertNull(req.position(), "after the last item");
        assertEquals("2026-09-24T08:00:00Z", req.voteHeldAt());
        assertEquals(Boolean.TRUE, req.secretBallot());
        AgendaForm bad = AgendaForm.of(post(params("title", "x", "draftDocumentId", "abc")));
        assertTrue(bad.toRequest().isEmpty());
        assertEquals("documents.error.number", bad.errors().get("draftDocumentId"));
    }

    @Test
    void voteRowsWithoutANameAreLeftOutAndEveryNamedRowIsChecked() {
        VoteSheet sheet = VoteSheet.of(post(params("rows", "5", "deputy0", "Іваненко І.", "choice0", "for",
                "deputy1", " ", "choice1", "against", "deputy2", "Петренко П.", "deputy3", "іваненко і.", "choice3", "for",
                "deputy4", "Сидоренко С.", "choice4", "absent")));
        assertTrue(sheet.toVotes().isEmpty());
        assertEquals(Map.of(2, "sessions.error.choice", 3, "sessions.error.deputyTwice"), sheet.errors());
        List<Map<String, Object>> shown = sheet.rowsWithBlanks();
        assertEquals(5 + VoteSheet.BLANK_ROWS, shown.size());
        assertEquals("Петренко П.", shown.get(2).get("deputy"), "what was typed stays");

        List<org.hromada.documents.internal.sessions.VoteRequest> votes = VoteSheet.of(post(params("rows", "2",
                "deputy0", "Іваненко І.", "choice0", "for", "deputy1", ""))).toVotes().orElseThrow();
        assertEquals(List.of(new org.hromada.documents.internal.sessions.VoteRequest("Іваненко І.", "for")), votes);
    }

    @Test
    void theStaleVersionIsToldFromATakenNumber() {
        assertTrue(StoreErrors.stale(org.hromada.platform.api.web.ProblemException.conflict(
                "The document has changed since you loaded it: it is at version 4.")));
        assertTrue(StoreErrors.stale(org.hromada.platform.api.web.ProblemException.conflict(
                "Someone else changed the session meanwhile; load it again.")));
        assertFalse(StoreErrors.stale(new org.hromada.platform.api.web.ProblemException(409, "Duplicate number",
                "There is already a council decision No. 5 in convocation 8.")));
    }
}
