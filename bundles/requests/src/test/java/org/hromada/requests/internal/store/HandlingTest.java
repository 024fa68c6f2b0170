package org.hromada.requests.internal.store;

import static org.hromada.requests.internal.deadlines.Kyiv.kyiv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.deadlines.TestCalendar;
import org.hromada.requests.internal.deadlines.Term;
import org.hromada.requests.internal.entities.Charge;
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
        if (status == Status.AWAITING_PAYMENT) {
            r.setCharge(new Charge(new BigDecimal("5.00"), 12, "IBAN UA00", RECEIVED, null, null));
        }
        return r;
    }

    static Transition sample(Action action, Instant at) {
        LocalDate day = RequestDeadlines.day(at);
        return switch (action) {
            case START -> new Transition.Start();
            case CHARGE -> new Transition.Charge(12, false, "IBAN UA00, призначення: копії", at);
            case PAID -> new Transition.Paid(null, "ПН-1");
            case ANSWER -> new Transition.Answer("Кошторис додано", at, 3, false);
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
    void anAnswerWithoutAFeeClosesTheRequest() {
        RequestEntity r = request(Status.IN_PROGRESS);
        Effect effect = handling.apply(r, sample(Action.ANSWER, kyiv("2026-11-10T10:00")), kyiv("2026-11-10T10:00"));
        assertEquals("answered", effect.notice());
        assertEquals(new BigDecimal("0.00"), r.getAnswer().fee());
        assertEquals(3, r.getAnswer().pages());
        assertEquals(kyiv("2026-11-10T10:00"), r.getClosedAt());
    }

    @Test
    void copiesThatCostAFeeAreChargedThenPaidThenGiven() {
        Instant now = kyiv("2026-11-10T10:00");
        RequestEntity r = request(Status.IN_PROGRESS);
        ProblemException unpaid = assertThrows(ProblemException.class,
                () -> handling.apply(r, new Transition.Answer("Копії", now, 12, false), now));
        assertEquals(409, unpaid.status());
        assertTrue(unpaid.detail().contains("charge"), unpaid.detail());
        assertNull(r.getAnswer());

        Effect charged = handling.apply(r, sample(Action.CHARGE, now), now);
        assertEquals("charged", charged.notice());
        assertEquals("charged", charged.deadline().kind());
        assertEquals(r.getDueOn(), charged.deadline().after(), "the deadline runs on");
        assertEquals(Status.AWAITING_PAYMENT.key(), r.getStatus());
        assertEquals(new BigDecimal("5.00"), r.getCharge().amount(), "pages 11 and 12 at 2.50");
        assertEquals("IBAN UA00, призначення: копії", r.getCharge().paymentDetails());
        assertTrue(!r.getCharge().paid());

        Instant later = kyiv("2026-11-11T10:00");
        Effect paid = handling.apply(r, new Transition.Paid(null, "ПН-17"), later);
        assertNull(paid.notice());
        assertEquals("paid", paid.deadline().kind());
        assertEquals(Status.IN_PROGRESS.key(), r.getStatus());
        assertEquals(LocalDate.of(2026, 11, 11), r.getCharge().paidOn(), "today by default");
        assertEquals("ПН-17", r.getCharge().paymentReference());

        ProblemException more = assertThrows(ProblemException.class,
                () -> handling.apply(r, new Transition.Answer("Копії", later, 20, false), later));
        assertEquals(409, more.status(), "more pages than were paid for");
        handling.apply(r, new Transition.Answer("Копії в додатку", later, null, false), later);
        assertEquals(Status.ANSWERED.key(), r.getStatus());
        assertEquals(12, r.getAnswer().pages(), "the pages charged for");
        assertEquals(new BigDecimal("5.00"), r.getAnswer().fee(), "the fee paid");
    }

    @Test
    void noFeeNoChargeAndAPaymentNeverBeforeTheCharge() {
        Instant now = kyiv("2026-11-10T10:00");
        for (Transition.Charge free : List.of(new Transition.Charge(10, false, "IBAN", now),
                new Transition.Charge(40, true, "IBAN", now))) {
            RequestEntity r = request(Status.IN_PROGRESS);
            ProblemException e = assertThrows(ProblemException.class, () -> handling.apply(r, free, now));
            assertEquals(422, e.status());
            assertEquals("pages", e.errors().get(0).field());
            assertEquals(Status.IN_PROGRESS.key(), r.getStatus());
        }
        RequestEntity noTariff = request(Status.IN_PROGRESS);
        ProblemException free = assertThrows(ProblemException.class, () -> new Handling(deadlines, new Fees(null))
                .apply(noTariff, new Transition.Charge(40, false, "IBAN", now), now));
        assertEquals(422, free.status());

        RequestEntity r = request(Status.AWAITING_PAYMENT);
        ProblemException early = assertThrows(ProblemException.class, () -> handling.apply(r,
                new Transition.Paid(LocalDate.of(2026, 11, 5), null), now));
        assertEquals(422, early.status());
        assertEquals("paidOn", early.errors().get(0).field());
    }

    @Test
    void aRefusalForAnUnpaidFeeOnlyWhileThePaymentIsAwaited() {
        Instant now = kyiv("2026-11-10T10:00");
        Refusal unpaid = new Refusal("unpaid", "Петренко П. П.", "секретар", LocalDate.of(2026, 11, 10),
                "Рахунок не оплачено", "До суду", "Петренко");
        for (Status status : List.of(Status.IN_PROGRESS, Status.DEFERRED)) {
            RequestEntity r = request(status);
            ProblemException e = assertThrows(ProblemException.class,
                    () -> handling.apply(r, new Transition.Refuse(unpaid), now));
            assertEquals(422, e.status());
            assertEquals("ground", e.errors().get(0).field());
        }
        RequestEntity awaiting = request(Status.AWAITING_PAYMENT);
        assertEquals("refused", handling.apply(awaiting, new Transition.Refuse(unpaid), now).notice());
        assertEquals(Status.REFUSED.key(), awaiting.getStatus());
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
