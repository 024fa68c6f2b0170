package org.hromada.disclosure.internal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hromada.disclosure.internal.attestations.Attestation;
import org.hromada.disclosure.internal.catalogue.CatalogueItem;
import org.hromada.disclosure.internal.checks.StoredResult;
import org.hromada.platform.api.disclosure.Evidence;
import org.hromada.platform.api.disclosure.LocalText;
import org.junit.jupiter.api.Test;

class StatusRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final CatalogueItem ACTS = new CatalogueItem("2", null, 2, text("Акти"), true);
    static final CatalogueItem PAY = new CatalogueItem("3", null, 3, text("Оплата"), false);
    static final CatalogueItem ITEM11 = new CatalogueItem("1.11", null, 1, text("Відомості"), true);

    static LocalText text(String uk) {
        return new LocalText(uk, uk + " (en)");
    }

    static StoredResult result(String check, String status, String evidenceUrl, String at) {
        List<Evidence> evidence = evidenceUrl == null ? List.of()
                : List.of(new Evidence(text("Документ"), evidenceUrl, text("")));
        return new StoredResult(1, check, "2", text(check), status, text(check + " " + status), text("Порада"),
                evidence, null, Instant.parse(at), 5);
    }

    static Attestation attestation(String status, LocalDate on, int days) {
        return new Attestation("2", status, "/pro-nas", "", on, days, on.plusDays(days), "halyna",
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void theWorstOfSeveralChecksWinsWithEveryChecksEvidence() {
        ItemState state = StatusRules.decide(ACTS, List.of(
                result("a", "compliant", null, "2026-12-05T08:00:00Z"),
                result("b", "late", "/documents/87-r", "2026-12-05T08:00:01Z"),
                result("c", "stale", "/documents/old", "2026-12-05T08:00:02Z")),
                attestation("compliant", TODAY, 30), List.of(), TODAY);
        assertEquals("late", state.status());
        assertEquals("check", state.source(), "a check beats an attestation");
        assertEquals("b late", state.summary().uk());
        assertEquals(List.of("/documents/87-r", "/documents/old"), state.evidence().stream().map(Evidence::url).toList());
        assertEquals(List.of("b", "c", "a"), state.checks().stream().map(StoredResult::checkId).toList());
        assertEquals(Instant.parse("2026-12-05T08:00:01Z"), state.checkedAt());
    }

    @Test
    void missingIsWorseThanLateStaleUnknownCompliantAndNotApplicable() {
        assertEquals(ItemStatus.MISSING, ItemStatus.LATE.worst(ItemStatus.MISSING));
        assertEquals(ItemStatus.LATE, ItemStatus.STALE.worst(ItemStatus.LATE));
        assertEquals(ItemStatus.STALE, ItemStatus.UNKNOWN.worst(ItemStatus.STALE));
        assertEquals(ItemStatus.UNKNOWN, ItemStatus.COMPLIANT.worst(ItemStatus.UNKNOWN));
        assertEquals(ItemStatus.COMPLIANT, ItemStatus.NOT_APPLICABLE.worst(ItemStatus.COMPLIANT));
        ItemState state = StatusRules.decide(ACTS, List.of(result("a", "not_applicable", null, "2026-12-05T08:00:00Z"),
                result("b", "compliant", null, "2026-12-05T08:00:00Z")), null, List.of(), TODAY);
        assertEquals("compliant", state.status());
    }

    @Test
    void anAttestationHoldsUntilItsReviewDateAndIsStaleAfter() {
        assertEquals("compliant", StatusRules.decide(ACTS, List.of(), attestation("compliant", TODAY.minusDays(30), 30),
                List.of(), TODAY).status(), "the last day of the review period still counts");
        ItemState stale = StatusRules.decide(ACTS, List.of(), attestation("compliant", TODAY.minusDays(31), 30),
                List.of(), TODAY);
        assertEquals("stale", stale.status());
        assertEquals("attestation", stale.source());
        assertEquals("stale", StatusRules.decide(ACTS, List.of(), attestation("not_applicable", TODAY.minusDays(400),
                365), List.of(), TODAY).status());
        assertEquals("missing", StatusRules.decide(ACTS, List.of(), attestation("missing", TODAY.minusDays(400), 365),
                List.of(), TODAY).status(), "a missing item stays missing, however old the word");
    }

    @Test
    void withNothingToGoByAnItemIsUnknownOrNotApplicableWhenItIsNotTheCouncilsDuty() {
        ItemState unknown = StatusRules.decide(ACTS, List.of(), null, List.of(), TODAY);
        assertEquals("unknown", unknown.status());
        assertEquals("none", unknown.source());
        assertNull(unknown.checkedAt());
        assertEquals("not_applicable", StatusRules.decide(PAY, List.of(), null, List.of(), TODAY).status());
    }

    @Test
    void item11FallsBackOnTheWorstOfItsPoints() {
        ItemState compliant = StatusRules.decide(ACTS, List.of(), attestation("compliant", TODAY, 30), List.of(), TODAY);
        ItemState unknown = StatusRules.decide(ACTS, List.of(), null, List.of(), TODAY);
        ItemState missing = StatusRules.decide(ACTS, List.of(), attestation("missing", TODAY, 30), List.of(), TODAY);
        assertEquals("unknown", StatusRules.decide(ITEM11, List.of(), null, List.of(compliant, unknown), TODAY).status());
        ItemState fromPoints = StatusRules.decide(ITEM11, List.of(), null, List.of(compliant, unknown, missing), TODAY);
        assertEquals("missing", fromPoints.status());
        assertEquals("points", fromPoints.source());
        assertEquals("compliant", StatusRules.decide(ITEM11, List.of(), null, List.of(compliant), TODAY).status());
    }

    @Test
    void theCountsListEveryStatusWorstFirst() {
        List<ItemState> states = List.of(StatusRules.decide(ACTS, List.of(), null, List.of(), TODAY),
                StatusRules.decide(PAY, List.of(), null, List.of(), TODAY),
                StatusRules.decide(ACTS, List.of(result("a", "late", null, "2026-12-05T08:00:00Z")), null, List.of(),
                        TODAY));
        assertEquals("{missing=0, late=1, stale=0, unknown=1, compliant=0, not_applicable=1}",
                Overview.counts(states).toString());
    }
}
