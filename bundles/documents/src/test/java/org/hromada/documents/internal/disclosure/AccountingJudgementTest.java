package org.hromada.documents.internal.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hromada.documents.internal.accounting.AccountingEntry;
import org.hromada.documents.internal.accounting.AccountingRegister;
import org.hromada.platform.api.console.ConsoleTexts;
import org.hromada.platform.api.disclosure.CheckResult;
import org.hromada.platform.api.disclosure.CheckStatus;
import org.hromada.platform.api.disclosure.Evidence;
import org.junit.jupiter.api.Test;

class AccountingJudgementTest {
    private static final ConsoleTexts TEXTS = ConsoleTexts.of(AccountingJudgement.class);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static AccountingEntry entry(long id, String field, String keywords) {
        return new AccountingEntry(id, "Про план роботи", "/documents/orders/2026/1-р", "head_order",
                "Розпорядження голови", "1-р", LocalDate.of(2026, 1, 9), null, "Організаційний відділ", field,
                keywords, "text", null, null, "", NOW);
    }

    @Test
    void anEmptySystemIsMissing() {
        CheckResult result = AccountingJudgement.judge(new AccountingRegister.Summary(0, null),
                new AccountingRegister.Incomplete(0, List.of()), TEXTS);
        assertEquals(CheckStatus.MISSING, result.status());
        assertTrue(result.advice().uk().contains("Зареєструйте"), result.advice().uk());
        assertTrue(result.evidence().isEmpty());
    }

    @Test
    void aCompleteSystemIsCompliantWithThePageAndTheCsvAsEvidence() {
        CheckResult result = AccountingJudgement.judge(new AccountingRegister.Summary(41, NOW),
                new AccountingRegister.Incomplete(0, List.of()), TEXTS);
        assertEquals(CheckStatus.COMPLIANT, result.status());
        assertEquals(List.of("/accounting-system", "/api/v1/documents/accounting-system.csv"),
                result.evidence().stream().map(Evidence::url).toList());
        assertEquals("Система обліку публічної інформації", result.evidence().get(0).label().uk());
        assertTrue(result.summary().uk().contains("41"), result.summary().uk());
    }

    @Test
    void entriesWithoutTheirFieldsMakeItStaleAndAreListedForEditors() {
        CheckResult result = AccountingJudgement.judge(new AccountingRegister.Summary(41, NOW),
                new AccountingRegister.Incomplete(2, List.of(entry(7, "", "план"), entry(8, "", ""))), TEXTS);
        assertEquals(CheckStatus.STALE, result.status());
        assertEquals(4, result.evidence().size());
        assertEquals("/accounting-system", result.evidence().get(0).url(), "the page is still the evidence");
        assertEquals("/console/documents/7", result.evidence().get(2).url());
        assertEquals("Не заповнено: галузь, форма та місце зберігання.", result.evidence().get(2).note().uk());
        assertEquals("Not filled in: field, keywords, form and place of storage.", result.evidence().get(3).note().en());
        assertTrue(result.summary().uk().contains("2 з 41"), result.summary().uk());
    }
}
