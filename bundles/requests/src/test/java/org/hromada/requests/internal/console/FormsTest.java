package org.hromada.requests.internal.console;

import static org.hromada.requests.internal.console.FakeRegister.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.web.RequestView;
import org.hromada.requests.internal.web.SubmissionRequest;
import org.hromada.requests.internal.web.TransitionRequest;
import org.junit.jupiter.api.Test;

/** The forms' mapping to the store's requests, the store's refusals to messages, and the deadline labels. */
class FormsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    private static ConsoleRequest post(Map<String, List<String>> params) {
        return FakeRegister.request("POST", "/new", "uk", params);
    }

    @Test
    void aRegistrationMakesTheStaffSubmissionWithTheKyivTimeOfReceipt() {
        SubmissionRequest req = RegistrationForm.of(post(params("channel", "phone", "receivedAt", "2026-07-01T09:30",
                "name", " Олена Коваль ", "phone", "+380 44 123 45 67", "description", "Копії", "urgencyGround", "emergency",
                "department", "", "assignee", "Петренко"))).toRequest().orElseThrow();
        assertEquals("phone", req.channel());
        assertEquals("2026-07-01T06:30:00Z", req.receivedAt());
        assertEquals("Олена Коваль", req.name());
        assertEquals(Boolean.FALSE, req.urgent());
        assertNull(req.urgencyGround(), "a ground without the box ticked is not sent");
        assertNull(req.department(), "blank is absent");
        assertEquals("Петренко", req.assignee());
        assertNull(req.website());
        SubmissionRequest urgent = RegistrationForm.of(post(params("urgent", "true", "urgencyGround", "emergency",
                "urgencyJustification", "Паводок"))).toRequest().orElseThrow();
        assertEquals(Boolean.TRUE, urgent.urgent());
        assertEquals("emergency", urgent.urgencyGround());
        assertNull(urgent.receivedAt(), "left empty: the store takes now");
    }

    @Test
    void anUnreadableTimeIsReportedAndTheTypingKept() {
        RegistrationForm form = RegistrationForm.of(post(params("receivedAt", "вчора", "name", "Олена")));
        assertTrue(form.toRequest().isEmpty());
        assertEquals("requests.error.time", form.errors().get("receivedAt"));
        assertEquals("вчора", form.value("receivedAt"));
        assertEquals("Олена", form.value("name"));
    }

    @Test
    void eachActionSendsItsOwnFields() {
        TransitionRequest answer = TransitionForm.of("answer", post(params("answer", "Текст", "pages", "12",
                "feeWaived", "true", "answeredAt", "2026-05-04T12:00", "reason", "ignored"))).toRequest().orElseThrow();
        assertEquals("answer", answer.action());
        assertEquals(12, answer.pages());
        assertEquals(Boolean.TRUE, answer.feeWaived());
        assertEquals("2026-05-04T09:00:00Z", answer.answeredAt());
        assertNull(answer.reason(), "a field of another action is not read");
        TransitionRequest refuse = TransitionForm.of("refuse", post(params("ground", "not_held", "officialName", "Іваненко",
                "officialPosition", "Секретар", "refusedOn", "2026-05-04", "reason", "Немає", "appealProcedure", "До суду",
                "signature", "КЕП"))).toRequest().orElseThrow();
        assertEquals("not_held", refuse.ground());
        assertEquals("2026-05-04", refuse.refusedOn());
        assertNull(refuse.feeWaived());
        TransitionForm pages = TransitionForm.of("answer", post(params("pages", "-1")));
        assertTrue(pages.toRequest().isEmpty());
        assertEquals("requests.error.number", pages.errors().get("pages"));
    }

    @Test
    void startingAssignsFromTheRequestAsItIs() {
        RequestView r = FakeRegister.request(13);
        TransitionForm same = TransitionForm.of("start", post(params("department", "Фінансовий відділ ", "assignee", "Петренко")));
        assertFalse(same.changesAssignment(r));
        TransitionForm other = TransitionForm.of("start", post(params("department", "Юридичний відділ", "assignee", "")));
        assertTrue(other.changesAssignment(r));
        SubmissionRequest edit = other.assignment(r);
        assertEquals("Юридичний відділ", edit.department());
        assertNull(edit.assignee());
        assertEquals(r.description(), edit.description());
        assertEquals("emergency", edit.urgencyGround(), "the urgency stays as it is");
        assertEquals(Boolean.TRUE, edit.urgent());
        assertNull(edit.channel(), "an edit changes neither the channel nor the time of receipt");
    }

    @Test
    void theStoresFieldErrorsBecomeMessagesOnTheirFields() {
        RegistrationForm form = RegistrationForm.of(post(params()));
        form.storeErrors(List.of(new FieldError("email", "an e-mail or postal address (or a phone) is required"),
                new FieldError("name", "is required"), new FieldError("description", "must be at most 5000 characters"),
                new FieldError("website", "x")));
        assertEquals("requests.error.email", form.errors().get("email"));
        assertEquals("requests.error.required", form.errors().get("name"));
        assertEquals("requests.error.tooLong", form.errors().get("description"));
        assertEquals("requests.error.other", form.errors().get(Form.FORM));
    }

    @Test
    void aConflictIsToldInWords() {
        String notAllowed = Conflicts.explain(ProblemException.conflict(
                "A request that is answered cannot take the action 'refuse'."), Locale.forLanguageTag("uk"));
        assertEquals("Запит у стані «Надано відповідь» не допускає дії «Відмовити». Можливо, його тим часом змінив хтось інший.",
                notAllowed);
        assertTrue(Conflicts.explain(ProblemException.conflict("The request was already extended; the law allows one"),
                Locale.ENGLISH).startsWith("This request was already extended"));
        assertTrue(Conflicts.explain(ProblemException.conflict("Someone else changed the request meanwhile; load it again."),
                Locale.ENGLISH).startsWith("Someone else changed"));
    }

    @Test
    void theDeadlineLabelTellsOverdueTodaySoonAndTheOutcome() {
        assertEquals("overdue", Rows.due(FakeRegister.request(12), TODAY));
        assertEquals("today", Rows.due(FakeRegister.request(13), TODAY));
        assertEquals("soon", Rows.due(FakeRegister.request(13), TODAY.minusDays(Rows.SOON_DAYS)));
        assertEquals("running", Rows.due(FakeRegister.request(13), TODAY.minusDays(Rows.SOON_DAYS + 1)));
        assertEquals("met", Rows.due(FakeRegister.request(14), TODAY));
    }
}
