package org.hromada.requests.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import org.hromada.requests.internal.entities.DeadlineChangeEntity;

/** One entry of a request's deadline history. */
public record DeadlineChangeView(Instant changedAt, String kind, LocalDate dueBefore, LocalDate dueAfter, String reason,
                                 String actor) {

    public static DeadlineChangeView of(DeadlineChangeEntity c) {
        return new DeadlineChangeView(c.getChangedAt(), c.getKind(), c.getDueBefore(), c.getDueAfter(), c.getReason(),
                c.getActor());
    }
}
