package org.hromada.documents.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hromada.documents.internal.model.Medium;
import org.hromada.documents.internal.web.DocumentRequest;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.junit.jupiter.api.Test;

/** The Article 18 fields: restriction needs ground and end, never for Art. 6 part 5 topics, never published. */
class AccountingRulesTest {
    private static final Function<String, String> KINDS = Map.of("head_order", "year")::get;
    private static final String BASIS = "конфіденційна інформація: персональні дані (ст. 7)";

    private static DocumentRequest order(String title, String publishedAt, String receivedOn, String basis,
                                         String until, String field, String medium) {
        return new DocumentRequest("head_order", "12-к", "2026-07-20", title, null, null, null, null, null, null,
                publishedAt, null, null, false, false, null, null, null, receivedOn, " Сектор кадрів ", basis, until,
                field, "кадри, відпустка", medium, "Сектор кадрової роботи", null);
    }

    private static DocumentRequest restricted(String title, String until, String field) {
        return order(title, null, null, BASIS, until, field, null);
    }

    private static List<FieldError> errors(DocumentRequest req) {
        ProblemException problem = assertThrows(ProblemException.class, () -> DocumentRules.check(req, KINDS));
        assertEquals(422, problem.status());
        return problem.errors();
    }

    private static List<String> fields(DocumentRequest req) {
        return errors(req).stream().map(FieldError::field).toList();
    }

    @Test
    void theFieldsAreKeptTrimmedAndTheMediumIsElectronicUnlessSaid() {
        AccountingRules.Accounting a = DocumentRules.check(order("Про відпустку", null, "2026-07-21", null, null,
                "Кадрові питання", null), KINDS).accounting();
        assertEquals("Сектор кадрів", a.source());
        assertEquals(Medium.ELECTRONIC, a.medium());
        assertEquals(LocalDate.of(2026, 7, 21), a.receivedOn());
        assertNull(a.restrictionBasis(), "not restricted");
        assertNull(a.restrictedUntil());
        assertEquals(Medium.VIDEO, DocumentRules.check(order("Запис", null, null, null, null, "", "Video"), KINDS)
                .accounting().medium());
        assertEquals(List.of("medium"), fields(order("Запис", null, null, null, null, "", "cassette")));
        assertEquals(List.of("receivedOn"), fields(order("Лист", null, "2026-07-19", null, null, "", null)),
                "received before it was created");
    }

    @Test
    void aRestrictionNeedsItsGroundAndItsEndAfterTheDateCreated() {
        AccountingRules.Accounting a = DocumentRules.check(restricted("Про призначення на посаду", "2101-07-20",
                "Кадрові питання"), KINDS).accounting();
        assertEquals(BASIS, a.restrictionBasis());
        assertEquals(LocalDate.of(2101, 7, 20), a.restrictedUntil());
        assertEquals(List.of("restrictedUntil"), fields(restricted("Про призначення на посаду", null, "Кадри")));
        assertEquals(List.of("restrictionBasis"), fields(order("Про призначення", null, null, " ", "2101-01-01", "",
                null)));
        assertEquals(List.of("restrictedUntil"), fields(restricted("Про призначення на посаду", "2026-07-20", "")));
        assertEquals(List.of("restrictedUntil"), fields(restricted("Про призначення на посаду", "завтра", "")));
    }

    @Test
    void budgetFundsProcurementAndPropertyMayNeverBeRestricted() {
        for (String[] titleAndField : new String[][] {{"Про бюджет громади на 2027 рік", ""},
                {"Про призначення", "Бюджет і фінанси"}, {"Про оренду комунального майна", ""},
                {"Про закупівлю пального", ""}, {"Про надання земельної ділянки", ""},
                {"On the use of communal property", ""}}) {
            List<FieldError> errors = errors(restricted(titleAndField[0], "2101-01-01", titleAndField[1]));
            assertEquals(List.of("restrictionBasis"), errors.stream().map(FieldError::field).toList(),
                    titleAndField[0]);
            assertTrue(errors.get(0).message().startsWith("must be empty: information on budgets"),
                    errors.get(0).message());
        }
    }

    @Test
    void aRestrictedDocumentIsNotPublishedBeforeItsRestrictionEnds() {
        assertEquals(List.of("publishedAt"), fields(order("Про призначення на посаду", "2026-07-21T08:00:00Z", null,
                BASIS, "2101-07-20", "Кадрові питання", null)));
        // Published the day after the restriction ends (Kyiv's day): allowed.
        DocumentRules.check(order("Про призначення на посаду", "2101-07-21T08:00:00Z", null, BASIS, "2101-07-20",
                "Кадрові питання", null), KINDS);
    }
}
