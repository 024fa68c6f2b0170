package org.hromada.site.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.site.SiteRoute;

/**
 * The routes published right now, kept in match order: the more specific pattern first; for one
 * pattern shape, the higher {@code service.ranking}, then the older service (lower
 * {@code service.id}), as OSGi orders services. Reads never lock; a change swaps the whole list,
 * so a route whose bundle stopped stops matching at once.
 */
final class RouteTable {

    /** A route that matched, with its decoded path parameters. */
    record Match(SiteRoute route, Map<String, String> params) {
    }

    private record Entry(RoutePattern pattern, SiteRoute route, int ranking, long serviceId) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::pattern)
            .thenComparing(Comparator.comparingInt(Entry::ranking).reversed())
            .thenComparingLong(Entry::serviceId);

    private volatile List<Entry> entries = List.of();

    /**
     * Adds a route under its service id.
     *
     * @throws IllegalArgumentException when its pattern is malformed
     */
    synchronized void add(SiteRoute route, int ranking, long serviceId) {
        RoutePattern pattern = RoutePattern.parse(route.pattern());
        List<Entry> next = new ArrayList<>(entries);
        next.removeIf(e -> e.serviceId() == serviceId);
        next.add(new Entry(pattern, route, ranking, serviceId));
        next.sort(ORDER);
        entries = List.copyOf(next);
    }

    /** Removes the route published under {@code serviceId}, if any. */
    synchronized void remove(long serviceId) {
        List<Entry> next = new ArrayList<>(entries);
        if (next.removeIf(e -> e.serviceId() == serviceId)) {
            entries = List.copyOf(next);
        }
    }

    /** The route for the decoded path segments, if one matches. */
    Optional<Match> resolve(List<String> segments) {
        for (Entry entry : entries) {
            Optional<Map<String, String>> params = entry.pattern().match(segments);
            if (params.isPresent()) {
                return Optional.of(new Match(entry.route(), params.get()));
            }
        }
        return Optional.empty();
    }

    /** How many routes are known (for logs and tests). */
    int size() {
        return entries.size();
    }
}
