package org.hromada.requests.internal.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hromada.requests.internal.entities.RequestEntity;

/**
 * What the requester sees with the number and code: the status, the dates and the outcome, nothing
 * of the council's internal handling (department, assignee, history). Once answered, the answer's files,
 * each with a download link that works for a while ({@code downloadUrl}, until {@code expiresAt}).
 * {@code fee}: the fee the answer cost; {@code payment}: the copying fee charged, where to pay it and
 * whether it was paid (null when none was charged).
 */
public record TrackView(String number, Instant receivedAt, String status, LocalDate dueOn, Instant dueAt,
                        boolean extended, LocalDate deferredUntil, String forwardedTo, Instant forwardedAt,
                        Instant closedAt, String answer, BigDecimal fee, Refused refusal, List<TrackedFile> attachments,
                        Payment payment) {

    public TrackView {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A file of the answer as the requester gets it. */
    public record TrackedFile(String filename, String mediaType, long size, String downloadUrl, Instant expiresAt) {
    }

    /** The copying fee charged (Art. 21): how much, for how many pages, where to pay it, whether and when it was paid. */
    public record Payment(BigDecimal amount, Integer pages, String paymentDetails, boolean paid, LocalDate paidOn) {
    }

    /** The refusal as the requester receives it (Art. 22 part 4). */
    public record Refused(String ground, String reason, String officialName, String officialPosition, LocalDate refusedOn,
                          String appealProcedure) {
    }

    public static TrackView of(RequestEntity r, List<TrackedFile> attachments) {
        Refused refused = r.getRefusal() == null ? null : new Refused(r.getRefusal().ground(), r.getRefusal().reason(),
                r.getRefusal().officialName(), r.getRefusal().officialPosition(), r.getRefusal().refusedOn(),
                r.getRefusal().appealProcedure());
        return new TrackView(r.getNumber(), r.getReceivedAt(), r.getStatus(), r.getDueOn(), r.getDueAt(),
                r.getExtension() != null, r.getDeferral() == null ? null : r.getDeferral().until(),
                r.getForwarding() == null ? null : r.getForwarding().holder(),
                r.getForwarding() == null ? null : r.getForwarding().forwardedAt(), r.getClosedAt(),
                r.getAnswer() == null ? null : r.getAnswer().text(), r.getAnswer() == null ? null : r.getAnswer().fee(),
                refused, attachments, r.getCharge() == null ? null : new Payment(r.getCharge().amount(),
                r.getCharge().pages(), r.getCharge().paymentDetails(), r.getCharge().paid(), r.getCharge().paidOn()));
    }
}
