package org.hromada.requests.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hromada.requests.internal.entities.Answer;
import org.hromada.requests.internal.entities.Deferral;
import org.hromada.requests.internal.entities.Extension;
import org.hromada.requests.internal.entities.Forwarding;
import org.hromada.requests.internal.entities.Refusal;
import org.hromada.requests.internal.entities.RequestEntity;
import org.hromada.requests.internal.entities.Requester;
import org.hromada.requests.internal.entities.Urgency;
import org.hromada.requests.internal.model.Status;

/**
 * A request as staff see it. {@code overdue}: still open past its deadline; {@code onTime}: for a
 * closed request, whether it was closed before the deadline that applied (null when open or
 * forwarded). The history and notices are filled for a single request, empty in lists.
 */
public record RequestView(long id, long version, String number, Instant receivedAt, String channel,
                          Requester requester, String description, boolean urgent, Urgency urgency, String status,
                          String department, String assignee, LocalDate dueOn, Instant dueAt, boolean overdue,
                          Boolean onTime, Extension extension, Instant closedAt, Answer answer, Refusal refusal,
                          Deferral deferral, Forwarding forwarding, String createdBy, Instant createdAt,
                          Instant updatedAt, List<DeadlineChangeView> deadlineHistory, List<NoticeView> notices) {

    public static RequestView of(RequestEntity r, Instant now, List<DeadlineChangeView> history, List<NoticeView> notices) {
        boolean open = Status.isOpen(r.getStatus());
        boolean overdue = open && r.getDueAt() != null && !now.isBefore(r.getDueAt());
        Boolean onTime = open || r.getDueAt() == null || r.getClosedAt() == null ? null : r.getClosedAt().isBefore(r.getDueAt());
        return new RequestView(r.getId(), r.getVersion(), r.getNumber(), r.getReceivedAt(), r.getChannel(),
                r.getRequester(), r.getDescription(), r.isUrgent(), r.getUrgency(), r.getStatus(), r.getDepartment(),
                r.getAssignee(), r.getDueOn(), r.getDueAt(), overdue, onTime, r.getExtension(), r.getClosedAt(),
                r.getAnswer(), r.getRefusal(), r.getDeferral(), r.getForwarding(), r.getCreatedBy(), r.getCreatedAt(),
                r.getUpdatedAt(), List.copyOf(history), List.copyOf(notices));
    }
}
