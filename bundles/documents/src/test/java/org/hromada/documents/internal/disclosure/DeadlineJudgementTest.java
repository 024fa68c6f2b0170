package org.hromada.documents.internal.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hromada.documents.internal.deadlines.Deadline;
import org.hromada.documents.internal.deadlines.DeadlineItem;
import org.hromada.platform.api.console.ConsoleTexts;
import org.hromada.platform.api.disclosure.CheckResult;
import org.hromada.platform.api.disclosure.CheckStatus;
import org.junit.jupiter.api.Test;

class DeadlineJudgementTest {
    private static final ConsoleTexts TEXTS = ConsoleTexts.of(DeadlineJudgementTest.class);
    private static final Set<String> ACTS = Set.of("act", "same_day");
    private static final String PREFIX = "disclosure.actsOnTime";

    private static DeadlineItem item(long id, String rule, String status, String due, String published, int late) {
        return new DeadlineItem(id, "head_order", "Розпорядження голови", id + "-р", "Про відпустку",
                LocalDate.of(2026, 3, 2), null, null, published == null ? null : "/documents/orders/2026/" + id,
                new Deadline(rule, due == null ? null : LocalDate.parse(due),
                        published == null ? null : LocalDate.parse(published), status, late, ""));
    }

    @Test
    void everyActOnTimeIsCompliantAndDraftsDoNotCount() {
        CheckResult result = DeadlineJudgement.judge(List.of(item(1, "act", "met", "2026-03-09", "2026-03-05", 0),
                item(2, "draft", "late", "2026-03-01", null, 3)), ACTS, PREFIX, TEXTS);
        assertEquals(CheckStatus.COMPLIANT, result.status());
        assertEquals("Усі 1 акти за останній рік оприлюднено вчасно.", result.summary().uk());
        assertTrue(result.evidence().isEmpty());
    }

    @Test
    void lateActsAreTheEvidenceTheLongestOverdueFirst() {
        CheckResult result = DeadlineJudgement.judge(List.of(
                item(1, "act", "met", "2026-03-09", "2026-03-05", 0),
                item(2, "act", "late", "2026-04-10", "2026-04-14", 2),
                item(3, "same_day", "late", "2026-02-05", null, 40)), ACTS, PREFIX, TEXTS);
        assertEquals(CheckStatus.LATE, result.status());
        assertEquals("Published late, or still not published after the deadline: 2 of 3 acts of the last year.",
                result.summary().en());
        assertEquals(List.of("3-р", "2-р"), result.evidence().stream()
                .map(e -> e.label().uk().replaceAll(".*№ (\\S+):.*", "$1")).toList());
        assertEquals("Строк — 5 лютого 2026; досі не оприлюднено (прострочено на 40 роб. дн.)",
                result.evidence().get(0).note().uk());
        assertNull(result.evidence().get(0).url(), "not public: no public address");
        assertEquals(Instant.parse("2026-02-04T22:00:00Z"), result.since(), "from the start of the first due day in Kyiv");
    }

    @Test
    void draftsWithoutADateAreMissingAndNoDocumentsIsNotApplicable() {
        CheckResult undated = DeadlineJudgement.judge(List.of(item(1, "draft", "no_date", null, null, 0)),
                Set.of("draft"), "disclosure.draftLeadTime", TEXTS);
        assertEquals(CheckStatus.MISSING, undated.status());
        assertEquals("Не вказано дату розгляду.", undated.evidence().get(0).note().uk());
        assertEquals(CheckStatus.NOT_APPLICABLE,
                DeadlineJudgement.judge(List.of(), Set.of("draft"), "disclosure.draftLeadTime", TEXTS).status());
    }
}
