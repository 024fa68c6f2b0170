package org.hromada.requests.internal.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hromada.requests.internal.entities.Answer;
import org.hromada.requests.internal.entities.Charge;
import org.hromada.requests.internal.entities.Deferral;
import org.hromada.requests.internal.entities.Extension;
import org.hromada.requests.internal.entities.Formalities;
import org.hromada.requests.internal.entities.Forwarding;
import org.hromada.requests.internal.entities.Refusal;
import org.hromada.requests.internal.entities.RequestEntity;
import org.hromada.requests.internal.entities.Requester;
import org.hromada.requests.internal.entities.Urgency;
import org.hromada.requests.internal.model.Status;

/**
 * A request as staff see it. {@code overdue}: still open past its deadline; {@code onTime}: for a
 * closed request, whether it was closed before the deadline that applied (null when open or
 * forwarded). The history and notices are filled for a single request, empty in lists. {@code fee}: the
 * copying fee charged (null when none was); {@code form}, {@code writtenOn}, {@code signed},
 * {@code recordedBy} and {@code recordedByPhone}: how a request staff registered was made (Art. 19).
 */
public record RequestView(long id, long version, String number, Instant receivedAt, String channel,
                          Requester requester, String description, boolean urgent, Urgency urgency, String status,
                          String department, String assignee, LocalDate dueOn, Instant dueAt, boolean overdue,
                          Boolean onTime, Extension extension, Instant closedAt, Answer answer, Refusal refusal,
                          Deferral deferral, Forwarding forwarding, String createdBy, Instant createdAt,
                          Instant updatedAt, List<DeadlineChangeView> deadlineHistory, List<NoticeView> notices,
                          Fee fee, String form, LocalDate writtenOn, Boolean signed, String recordedBy,
                          String recordedByPhone) {

    /** The copying fee of Art. 21 as charged, and its payment. */
    public record Fee(BigDecimal amount, Integer pages, String paymentDetails, Instant chargedAt, boolean paid,
                      LocalDate paidOn, String paymentReference) {

        public static Fee of(Charge c) {
            return c == null ? null : new Fee(c.amount(), c.pages(), c.paymentDetails(), c.chargedAt(), c.paid(),
                    c.paidOn(), c.paymentReference());
        }
    }

    /** Whether a written request lacks its signature or date (Art. 19 part 5): a refusal as incomplete may follow. */
    public boolean unsignedOrUndated() {
        return "written".equals(form) && (writtenOn == null || !Boolean.TRUE.equals(signed));
    }

    public static RequestView of(RequestEntity r, Instant now, List<DeadlineChangeView> history, List<NoticeView> notices) {
        boolean open = Status.isOpen(r.getStatus());
        boolean overdue = open && r.getDueAt() != null && !now.isBefore(r.getDueAt());
        Formalities f = r.getFormalities();
        Boolean onTime = open || r.getDueAt() == null || r.getClosedAt() == null ? null : r.getClosedAt().isBefore(r.getDueAt());
        return new RequestView(r.getId(), r.getVersion(), r.getNumber(), r.getReceivedAt(), r.getChannel(),
                r.getRequester(), r.getDescription(), r.isUrgent(), r.getUrgency(), r.getStatus(), r.getDepartment(),
                r.getAssignee(), r.getDueOn(), r.getDueAt(), overdue, onTime, r.getExtension(), r.getClosedAt(),
                r.getAnswer(), r.getRefusal(), r.getDeferral(), r.getForwarding(), r.getCreatedBy(), r.getCreatedAt(),
                r.getUpdatedAt(), List.copyOf(history), List.copyOf(notices), Fee.of(r.getCharge()),
                f == null ? null : f.form(), f == null ? null : f.writtenOn(), f == null ? null : f.signed(),
                f == null ? null : f.recordedBy(), f == null ? null : f.recordedByPhone());
    }
}
