package org.hromada.requests.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingCodeTest {

    @Test
    void aCodeIs128RandomBitsInGroupsOfFour() {
        String code = TrackingCode.generate();
        assertTrue(code.matches("([A-Z2-7]{4}-){6}[A-Z2-7]{2}"), code);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            codes.add(TrackingCode.generate());
        }
        assertEquals(1000, codes.size());
    }

    @Test
    void onlyTheHashIsKeptAndACodeMatchesHoweverItIsTyped() {
        String code = TrackingCode.generate();
        String hash = TrackingCode.hash(code);
        assertEquals(64, hash.length());
        assertNotEquals(code, hash);
        assertTrue(TrackingCode.matches(code, hash));
        assertTrue(TrackingCode.matches(" " + code.replace("-", "").toLowerCase(Locale.ROOT) + " ", hash));
        assertFalse(TrackingCode.matches(TrackingCode.generate(), hash));
        assertFalse(TrackingCode.matches(code, null), "no request with the number");
        assertFalse(TrackingCode.matches(null, hash));
    }

    @Test
    void registrationNumbersArePerYear() {
        assertEquals("З-2026-0042", RegistrationNumber.of(2026, 42));
        assertEquals("З-2027-12345", RegistrationNumber.of(2027, 12345));
    }
}
