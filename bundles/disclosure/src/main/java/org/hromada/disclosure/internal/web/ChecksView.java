package org.hromada.disclosure.internal.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hromada.disclosure.internal.status.ItemState;
import org.hromada.disclosure.internal.status.Overview;

/**
 * Every item with its status, the counts per status and when a check last ran (null before the first run).
 */
public record ChecksView(List<ItemView> items, int total, Map<String, Long> counts, Instant checkedAt) {

    static ChecksView of(List<ItemState> states, boolean staff) {
        Instant last = states.stream().flatMap(s -> s.checks().stream()).map(r -> r.checkedAt())
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        return new ChecksView(states.stream().map(s -> ItemView.of(s, staff)).toList(), states.size(),
                Overview.counts(states), last);
    }
}
