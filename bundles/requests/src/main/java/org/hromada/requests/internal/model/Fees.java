package org.hromada.requests.internal.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The copying fee of Art. 21: information is free; only copies of more than 10 pages are paid for,
 * at the council's tariff per page (set within the Cabinet's limits, CMU Resolution No. 740), and
 * with no tariff set everything is free. The first 10 pages stay free (the fee counts pages from the
 * 11th), the reading that charges the requester least; whether the law means all pages once there
 * are more than 10 is not settled in DOMAIN.md.
 *
 * @param perPage the tariff per page in hryvnias, or null for none (free)
 */
public record Fees(BigDecimal perPage) {
    public static final int FREE_PAGES = 10;

    public Fees {
        if (perPage != null && perPage.signum() <= 0) {
            perPage = null;
        }
    }

    /** Reads the framework property; blank or unreadable means no tariff. */
    public static Fees parse(String tariff) {
        if (tariff == null || tariff.isBlank()) {
            return new Fees(null);
        }
        try {
            return new Fees(new BigDecimal(tariff.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("hromada.requests.fee.per.page must be a number of hryvnias, e.g. 2.50; got '"
                    + tariff + "'");
        }
    }

    /**
     * The fee for {@code pages} copied pages: zero for 10 pages or fewer, without a tariff, or when
     * waived (information about the requester, or of public interest: Art. 21 part 4).
     */
    public BigDecimal fee(int pages, boolean waived) {
        if (waived || perPage == null || pages <= FREE_PAGES) {
            return BigDecimal.ZERO.setScale(2);
        }
        return perPage.multiply(BigDecimal.valueOf(pages - FREE_PAGES)).setScale(2, RoundingMode.HALF_UP);
    }
}
