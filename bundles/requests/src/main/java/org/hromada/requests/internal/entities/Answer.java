package org.hromada.requests.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The answer given, with the copies it took and their fee (Art. 21). */
@Embeddable
public record Answer(
        @Column(name = "answer_text", columnDefinition = "LONGTEXT") String text,
        @Column(name = "pages_count") Integer pages,
        @Column(name = "fee", precision = 12, scale = 2) BigDecimal fee,
        @Column(name = "fee_waived") Boolean feeWaived) {
}
