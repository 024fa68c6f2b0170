package org.hromada.requests.internal.rules;

import static org.hromada.requests.internal.deadlines.Kyiv.kyiv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.web.TransitionRequest;
import org.junit.jupiter.api.Test;

/** The elements a refusal and a deferral must contain, and the other transitions' fields. */
class TransitionRulesTest {
    static final Instant RECEIVED = kyiv("2026-11-06T16:00");
    static final Instant NOW = kyiv("2026-11-10T10:00");

    static TransitionRequest of(String action, String answer, String answeredAt, Integer pages, String ground,
                                String officialName, String officialPosition, String reason, String appeal,
                                String signature, String on, String until, String noticeSentAt, String holder) {
        return new TransitionRequest(action, answer, answeredAt, pages, null, ground, officialName, officialPosition,
                reason, appeal, signature, on, on, until, noticeSentAt, holder, null, null, null, null);
    }

    static Set<String> invalidFields(TransitionRequest req) {
        ProblemException e = assertThrows(ProblemException.class, () -> TransitionRules.check(req, RECEIVED, NOW));
        assertEquals(422, e.status());
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    @Test
    void aRefusalNeedsAGroundOfTheLawAndAllFiveElements() {
        assertEquals(Set.of("ground", "officialName", "officialPosition", "reason", "appealProcedure", "signature"),
                invalidFields(of("refuse", null, null, null, null, null, null, null, null, null, null, null, null, null)));
        assertEquals(Set.of("ground"), invalidFields(of("refuse", null, null, null, "too_busy", "П. П. Петренко",
                "секретар", "Немає", "До суду", "Петренко", null, null, null, null)));
        Transition ok = TransitionRules.check(of("refuse", null, null, null, "restricted", "П. П. Петренко", "секретар",
                "Тристоронній тест: ...", "До суду", "Петренко", null, null, null, null), RECEIVED, NOW);
        Transition.Refuse refusal = assertInstanceOf(Transition.Refuse.class, ok);
        assertEquals(LocalDate.of(2026, 11, 10), refusal.refusal().refusedOn(), "today when left out");
    }

    @Test
    void aRefusalDateIsNeitherBeforeReceiptNorInTheFuture() {
        assertEquals(Set.of("refusedOn"), invalidFields(of("refuse", null, null, null, "not_held", "П", "секретар",
                "Немає", "До суду", "П", "2026-11-05", null, null, null)));
        assertEquals(Set.of("refusedOn"), invalidFields(of("refuse", null, null, null, "not_held", "П", "секретар",
                "Немає", "До суду", "П", "2026-11-11", null, null, null)));
    }

    @Test
    void aDeferralNeedsItsElementsAndADateAfterTheNotice() {
        assertEquals(Set.of("officialName", "officialPosition", "reason", "until", "appealProcedure", "signature"),
                invalidFields(of("defer", null, null, null, null, null, null, null, null, null, null, null, null, null)));
        assertEquals(Set.of("until"), invalidFields(of("defer", null, null, null, null, "П", "секретар", "Обстріл",
                "До суду", "П", "2026-11-10", "2026-11-10", null, null)));
        assertEquals(Set.of("until"), invalidFields(of("defer", null, null, null, null, "П", "секретар", "Обстріл",
                "До суду", "П", null, "1 грудня", null, null)));
    }

    @Test
    void anAnswerNeedsItsTextAndSensiblePagesAndTime() {
        assertEquals(Set.of("answer"), invalidFields(of("answer", " ", null, null, null, null, null, null, null, null,
                null, null, null, null)));
        assertEquals(Set.of("pages", "answeredAt"), invalidFields(of("answer", "Так", "2026-11-12T10:00:00Z", -1, null,
                null, null, null, null, null, null, null, null, null)));
        assertEquals(Set.of("answeredAt"), invalidFields(of("answer", "Так", "yesterday", null, null, null, null, null,
                null, null, null, null, null, null)));
    }

    static TransitionRequest fee(String action, Integer pages, String details, String paidOn, String reference) {
        return new TransitionRequest(action, null, null, pages, null, null, null, null, null, null, null, null, null,
                null, null, null, null, details, paidOn, reference);
    }

    @Test
    void aChargeNeedsItsPagesAndWhereToPay() {
        assertEquals(Set.of("pages", "paymentDetails"), invalidFields(fee("charge", null, " ", null, null)));
        assertEquals(Set.of("pages"), invalidFields(fee("charge", 0, "IBAN UA00", null, null)));
        assertEquals(Set.of("pages"), invalidFields(fee("charge", 100_001, "IBAN UA00", null, null)));
        Transition.Charge charge = (Transition.Charge) TransitionRules.check(fee("charge", 25, " IBAN UA00 ", null, null),
                RECEIVED, NOW);
        assertEquals(new Transition.Charge(25, false, "IBAN UA00", NOW), charge);
    }

    @Test
    void aPaymentIsDatedNotInTheFuture() {
        assertEquals(Set.of("paidOn"), invalidFields(fee("paid", null, null, "2026-11-11", null)));
        assertEquals(Set.of("paidOn"), invalidFields(fee("paid", null, null, "вчора", null)));
        assertEquals(Set.of("paymentReference"), invalidFields(fee("paid", null, null, null, "x".repeat(201))));
        assertEquals(new Transition.Paid(null, "ПН-17"), TransitionRules.check(fee("paid", null, null, null, "ПН-17"),
                RECEIVED, NOW));
        assertEquals(new Transition.Paid(java.time.LocalDate.of(2026, 11, 9), null),
                TransitionRules.check(fee("paid", null, null, "2026-11-09", null), RECEIVED, NOW));
    }

    @Test
    void anExtensionNeedsAReasonAndForwardingAHolder() {
        assertEquals(Set.of("reason"), invalidFields(of("extend", null, null, null, null, null, null, null, null, null,
                null, null, null, null)));
        assertEquals(Set.of("holder"), invalidFields(of("forward", null, null, null, null, null, null, null, null, null,
                null, null, null, null)));
        assertEquals(Set.of("noticeSentAt"), invalidFields(of("extend", null, null, null, null, null, null, "Обсяг",
                null, null, null, null, "2026-11-01T10:00:00Z", null)));
    }

    @Test
    void anUnknownActionIsNamed() {
        assertEquals(Set.of("action"), invalidFields(of("close", null, null, null, null, null, null, null, null, null,
                null, null, null, null)));
        assertEquals(Set.of("action"), invalidFields(of(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null)));
        assertInstanceOf(Transition.Start.class, TransitionRules.check(of("start", null, null, null, null, null, null,
                null, null, null, null, null, null, null), RECEIVED, NOW));
    }

}
