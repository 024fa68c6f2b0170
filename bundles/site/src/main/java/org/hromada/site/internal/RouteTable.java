package org.hromada.site.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The routes (or feeds) published right now, kept in match order: the more specific pattern first; for one
 * pattern shape, the higher {@code service.ranking}, then the older service (lower
 * {@code service.id}), as OSGi orders services. Reads never lock; a change swaps the whole list,
 * so a route whose bundle stopped stops matching at once.
 */
final class RouteTable<T> {

    /** A route that matched, with its decoded path parameters. */
    record Match<T>(T route, Map<String, String> params) {
    }

    private record Entry<T>(RoutePattern pattern, T route, int ranking, long serviceId) {
    }

    private final Comparator<Entry<T>> order = Comparator.<Entry<T>, RoutePattern>comparing(Entry::pattern)
            .thenComparing(Comparator.<Entry<T>>comparingInt(Entry::ranking).reversed())
            .thenComparingLong(Entry::serviceId);

    private final Function<T, String> patternOf;
    private volatile List<Entry<T>> entries = List.of();

    /** A table of things whose path pattern {@code patternOf} tells. */
    RouteTable(Function<T, String> patternOf) {
        this.patternOf = patternOf;
    }

    /**
     * Adds a route under its service id.
     *
     * @throws IllegalArgumentException when its pattern is malformed
     */
    synchronized void add(T route, int ranking, long serviceId) {
        RoutePattern pattern = RoutePattern.parse(patternOf.apply(route));
        List<Entry<T>> next = new ArrayList<>(entries);
        next.removeIf(e -> e.serviceId() == serviceId);
        next.add(new Entry<>(pattern, route, ranking, serviceId));
        next.sort(order);
        entries = List.copyOf(next);
    }

    /** Removes the route published under {@code serviceId}, if any. */
    synchronized void remove(long serviceId) {
        List<Entry<T>> next = new ArrayList<>(entries);
        if (next.removeIf(e -> e.serviceId() == serviceId)) {
            entries = List.copyOf(next);
        }
    }

    /** The route for the decoded path segments, if one matches. */
    Optional<Match<T>> resolve(List<String> segments) {
        for (Entry<T> entry : entries) {
            Optional<Map<String, String>> params = entry.pattern().match(segments);
            if (params.isPresent()) {
                return Optional.of(new Match<>(entry.route(), params.get()));
            }
        }
        return Optional.empty();
    }

    /** How many routes are known (for logs and tests). */
    int size() {
        return entries.size();
    }
}
