package org.hromada.documents.internal.deadlines;

import java.util.List;
import java.util.Map;

/**
 * The editors' deadline list: a page of documents whose publication deadline has one of the asked
 * statuses, soonest due first, and how many documents of the period have each status.
 */
public record DeadlineReport(List<DeadlineItem> items, long total, int page, int size, Map<String, Long> counts) {
    public DeadlineReport {
        items = List.copyOf(items);
        counts = Map.copyOf(counts);
    }
}
