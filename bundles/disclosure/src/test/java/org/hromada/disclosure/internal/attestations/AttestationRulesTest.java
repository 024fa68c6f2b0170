package org.hromada.disclosure.internal.attestations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.junit.jupiter.api.Test;

class AttestationRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void defaultsAreTodayAndAYear() {
        AttestationRequest checked = AttestationRules.check(
                new AttestationRequest(" compliant ", " /pro-nas/struktura ", null, null, null), TODAY);
        assertEquals(new AttestationRequest("compliant", "/pro-nas/struktura", "", TODAY, 365), checked);
        assertEquals("missing", AttestationRules.check(new AttestationRequest("missing", "", "Ще немає",
                TODAY.minusDays(3), 30), TODAY).status(), "a missing item needs no address");
    }

    @Test
    void everyBadFieldIsNamedInOneProblem() {
        ProblemException problem = assertThrows(ProblemException.class, () -> AttestationRules.check(
                new AttestationRequest("done", "javascript:alert(1)", "x".repeat(2001), TODAY.plusDays(1), 0), TODAY));
        assertEquals(422, problem.status());
        assertEquals(List.of("status", "url", "note", "attestedOn", "reviewDays"),
                problem.errors().stream().map(FieldError::field).toList());
        ProblemException noUrl = assertThrows(ProblemException.class, () -> AttestationRules.check(
                new AttestationRequest("compliant", " ", null, null, 1831), TODAY));
        assertEquals(List.of("url", "reviewDays"), noUrl.errors().stream().map(FieldError::field).toList());
        assertEquals(422, assertThrows(ProblemException.class, () -> AttestationRules.check(null, TODAY)).status());
    }

    @Test
    void anAddressIsASitePathOrAnHttpAddress() {
        assertTrue(AttestationRules.address("/access-to-information"));
        assertTrue(AttestationRules.address("https://rada.example.ua/pro-nas?x=1"));
        assertFalse(AttestationRules.address("//evil.example/x"));
        assertFalse(AttestationRules.address("ftp://rada.example.ua/"));
        assertFalse(AttestationRules.address("/with space"));
        assertFalse(AttestationRules.address("pro-nas"));
    }
}
