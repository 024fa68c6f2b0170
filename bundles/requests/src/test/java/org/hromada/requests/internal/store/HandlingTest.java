package org.hromada.requests.internal.store;

import static org.hromada.requests.internal.deadlines.Kyiv.kyiv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.deadlines.TestCalendar;
import org.hromada.requests.internal.deadlines.Term;
import org.hromada.requests.internal.entities.Deferral;
import org.hromada.requests.internal.entities.Refusal;
import org.hromada.requests.internal.entities.RequestEntity;
import org.hromada.requests.internal.entities.Requester;
import org.hromada.requests.internal.model.Action;
import org.hromada.requests.internal.model.Fees;
import org.hromada.requests.internal.model.Status;
import org.hromada.requests.internal.rules.Transition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every transition, from the statuses that allow it and from those that do not. */
class HandlingTest {
    static final Instant RECEIVED = kyiv("2026-11-06T16:00"); // a Friday
    private final RequestDeadlines deadlines = new RequestDeadlines(new TestCalendar());
    private final Handling handling = new Handling(deadlines, new Fees(new BigDecimal("2.50")));

    static RequestEntity request(Status status) {
        RequestEntity r = new RequestEntity("З-2026-0001", RECEIVED, "web", "0".repeat(64), "public", RECEIVED);
        r.setRequester(new Requester("Олена", "olena@example.org", null, null));
        r.setDescription("Кошторис ремонту школи");
        r.setStatus(status.key());
        Term term = new RequestDeadlines(new TestCalendar()).initial(RECEIVED, false);
        r.setDue(term.dueOn(), term.dueAt());
        return r;
    }

    static Transition sample(Action action, Instant at) {
        LocalDate day = RequestDeadlines.day(at);
        return switch (action) {
            case START -> new Transition.Start();
            case ANSWER -> new Transition.Answer("Кошторис додано", at, 12, false);
            case REFUSE -> new Transition.Refuse(new Refusal("not_held", "Петренко П. П.", "секретар", day,
                    "Рада не є замовником", "До суду", "Петренко"));
            case DEFER -> new Transition.Defer(new Deferral("Петренко П. П.", "секретар", day, "Обстріл, немає світла",
                    day.plusDays(10), "До суду", "Петренко"));
            case EXTEND -> new Transition.Extend("Великий обсяг", at);
            case FORWARD -> new Transition.Forward("Департамент освіти ОДА", at);
        };
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void eachActionGoesFromTheStatusesThatAllowItAndNoOthers(Action action) {
        Instant now = kyiv("2026-11-10T10:00");
        for (Status status : Status.values()) {
            RequestEntity r = request(status);
            if (action.allowedFrom(status)) {
                handling.apply(r, sample(action, now), now);
                assertEquals(action.target(status).key(), r.getStatus(), action + " from " + status);
            } else {
                ProblemException refused = assertThrows(ProblemException.class,
                        () -> handling.apply(r, sample(action, now), now), action + " from " + status);
                assertEquals(409, refused.status());
                assertEquals(status.key(), r.getStatus(), "unchanged");
            }
        }
    }

    @Test
    void anAnswerClosesTheRequestWithItsFee() {
        RequestEntity r = request(Status.IN_PROGRESS);
        Effect effect = handling.apply(r, sample(Action.ANSWER, kyiv("2026-11-10T10:00")), kyiv("2026-11-10T10:00"));
        assertEquals("answered", effect.notice());
        assertEquals(new BigDecimal("5.00"), r.getAnswer().fee(), "pages 11 and 12 at 2.50");
        assertEquals(kyiv("2026-11-10T10:00"), r.getClosedAt());
    }

    @Test
    void anExtensionMovesTheDeadlineOnceAndIsRecorded() {
        RequestEntity r = request(Status.IN_PROGRESS);
        Instant now = kyiv("2026-11-12T10:00");
        Effect effect = handling.apply(r, sample(Action.EXTEND, now), now);
        assertEquals("extended", effect.notice());
        assertEquals(new Change("extended", LocalDate.of(2026, 11, 13), LocalDate.of(2026, 12, 4), "Великий обсяг"),
                effect.deadline());
        assertEquals(LocalDate.of(2026, 12, 4), r.getDueOn());
        assertEquals(Status.IN_PROGRESS.key(), r.getStatus(), "an extension is an event, not a status");
        ProblemException again = assertThrows(ProblemException.class, () -> handling.apply(r, sample(Action.EXTEND, now), now));
        assertEquals(409, again.status());
    }

    @Test
    void anExtensionWhoseNoticeIsLateIsRefusedWithTheReason() {
        RequestEntity r = request(Status.IN_PROGRESS);
        Instant late = kyiv("2026-11-16T09:00");
        ProblemException refused = assertThrows(ProblemException.class, () -> handling.apply(r, sample(Action.EXTEND, late), late));
        assertEquals(409, refused.status());
        assertTrue(refused.detail().contains("within 5 working days"), refused.detail());
        assertNull(r.getExtension());
        assertEquals(LocalDate.of(2026, 11, 13), r.getDueOn());
    }

    @Test
    void aDeferralRunsToItsDateAndForwardingLeavesTheClock() {
        RequestEntity deferred = request(Status.IN_PROGRESS);
        Instant now = kyiv("2026-11-10T10:00");
        Effect effect = handling.apply(deferred, sample(Action.DEFER, now), now);
        assertEquals(LocalDate.of(2026, 11, 20), deferred.getDueOn());
        assertEquals("deferred", effect.deadline().kind());

        RequestEntity forwarded = request(Status.REGISTERED);
        Effect moved = handling.apply(forwarded, sample(Action.FORWARD, now), now);
        assertNull(forwarded.getDueOn());
        assertNull(forwarded.getDueAt());
        assertEquals("Департамент освіти ОДА", forwarded.getForwarding().holder());
        assertEquals(new Change("forwarded", LocalDate.of(2026, 11, 13), null, "Forwarded to Департамент освіти ОДА"),
                moved.deadline());
        assertEquals("forwarded", moved.notice());
    }
}
