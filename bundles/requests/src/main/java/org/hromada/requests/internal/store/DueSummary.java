package org.hromada.requests.internal.store;

import java.util.List;
import org.hromada.requests.internal.web.RequestView;

/**
 * The open requests at a glance: how many are past their deadline, due today, open in all, and the
 * few with the nearest deadline (overdue first).
 */
public record DueSummary(long overdue, long dueToday, long open, List<RequestView> soonest) {
    public DueSummary {
        soonest = List.copyOf(soonest);
    }
}
