package org.hromada.content.internal.scheduler;

import java.time.Instant;
import java.util.Optional;
import org.hromada.content.internal.model.Status;

/** What the scheduler does to one item at {@code now}: publish a scheduled item, archive an expired one. */
public final class SchedulerRules {

    private SchedulerRules() {
    }

    public static Optional<Status> due(Status status, Instant publishAt, Instant unpublishAt, Instant now) {
        if (status == Status.SCHEDULED && (publishAt == null || !publishAt.isAfter(now))) {
            return Optional.of(Status.PUBLISHED);
        }
        if (status == Status.PUBLISHED && unpublishAt != null && !unpublishAt.isAfter(now)) {
            return Optional.of(Status.ARCHIVED);
        }
        return Optional.empty();
    }
}
