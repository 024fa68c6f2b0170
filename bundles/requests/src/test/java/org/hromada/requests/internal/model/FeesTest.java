package org.hromada.requests.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Art. 21: free up to 10 pages, free without a tariff, free when waived. */
class FeesTest {

    @Test
    void onlyPagesPastTheTenthArePaidAtTheTariff() {
        Fees fees = Fees.parse("2.50");
        assertEquals(new BigDecimal("0.00"), fees.fee(10, false));
        assertEquals(new BigDecimal("2.50"), fees.fee(11, false));
        assertEquals(new BigDecimal("25.00"), fees.fee(20, false));
        assertEquals(new BigDecimal("0.00"), fees.fee(20, true), "information about the requester or of public interest");
    }

    @Test
    void withoutATariffEverythingIsFree() {
        assertEquals(new BigDecimal("0.00"), Fees.parse(null).fee(500, false));
        assertEquals(new BigDecimal("0.00"), Fees.parse(" ").fee(500, false));
        assertEquals(new BigDecimal("0.00"), Fees.parse("0").fee(500, false));
    }

    @Test
    void anUnreadableTariffIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fees.parse("2,50 грн"));
        assertEquals(true, e.getMessage().contains("hromada.requests.fee.per.page"));
    }
}
