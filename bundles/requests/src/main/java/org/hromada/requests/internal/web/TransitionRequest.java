package org.hromada.requests.internal.web;

/**
 * The body of {@code POST /requests/{id}/transitions}: the {@code action} and the fields it needs.
 * <ul>
 * <li>{@code start}: nothing.</li>
 * <li>{@code charge}: {@code pages} copied and {@code paymentDetails} (the account and the purpose of the
 * payment); optional {@code feeWaived}. A 422 on {@code pages} when no fee is due.</li>
 * <li>{@code paid}: optional {@code paidOn} (default today) and {@code paymentReference}.</li>
 * <li>{@code answer}: {@code answer}; optional {@code answeredAt} (default now), {@code pages} copied
 * (default: those charged for) and {@code feeWaived} (information about the requester or of public
 * interest). Copies that cost a fee need it charged and paid first.</li>
 * <li>{@code refuse}: {@code ground} ({@code not_held}, {@code restricted}, {@code unpaid} (only while
 * awaiting payment), {@code incomplete}), {@code officialName}, {@code officialPosition}, {@code reason},
 * {@code appealProcedure}, {@code signature}; optional {@code refusedOn} (default today).</li>
 * <li>{@code defer}: {@code officialName}, {@code officialPosition}, {@code reason}, {@code until},
 * {@code appealProcedure}, {@code signature}; optional {@code noticeOn} (default today).</li>
 * <li>{@code extend}: {@code reason}; optional {@code noticeSentAt} (default now).</li>
 * <li>{@code forward}: {@code holder}; optional {@code forwardedAt} (default now).</li>
 * </ul>
 */
public record TransitionRequest(
        String action,
        String answer,
        String answeredAt,
        Integer pages,
        Boolean feeWaived,
        String ground,
        String officialName,
        String officialPosition,
        String reason,
        String appealProcedure,
        String signature,
        String refusedOn,
        String noticeOn,
        String until,
        String noticeSentAt,
        String holder,
        String forwardedAt,
        String paymentDetails,
        String paidOn,
        String paymentReference) {
}
