package org.hromada.requests.internal.web;

import java.time.Instant;
import org.hromada.requests.internal.entities.OutboxEntity;

/** One e-mail to the requester, as staff see it: whether it went, and if not, why. */
public record NoticeView(String kind, String recipient, Instant createdAt, int attempts, Instant sentAt, boolean failed,
                         Instant nextAttemptAt, String lastError) {

    public static NoticeView of(OutboxEntity o) {
        return new NoticeView(o.getKind(), o.getRecipient(), o.getCreatedAt(), o.getAttempts(), o.getSentAt(),
                o.isFailed(), o.getSentAt() == null && !o.isFailed() ? o.getNextAttemptAt() : null, o.getLastError());
    }
}
