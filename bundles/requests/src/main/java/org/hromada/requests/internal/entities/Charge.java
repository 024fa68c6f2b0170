package org.hromada.requests.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The copying fee charged before the copies are given (Art. 21 part 2): the amount for the pages past
 * the 10th, where to pay it, when it was charged, and, once paid, the day and the payment's reference.
 */
@Embeddable
public record Charge(
        @Column(name = "charge_amount", precision = 12, scale = 2) BigDecimal amount,
        @Column(name = "charge_pages") Integer pages,
        @Column(name = "charge_payment_details", columnDefinition = "TEXT") String paymentDetails,
        @Column(name = "charged_at") Instant chargedAt,
        @Column(name = "paid_on") LocalDate paidOn,
        @Column(name = "payment_reference", length = 200) String paymentReference) {

    public boolean paid() {
        return paidOn != null;
    }

    public Charge withPayment(LocalDate day, String reference) {
        return new Charge(amount, pages, paymentDetails, chargedAt, day, reference);
    }
}
