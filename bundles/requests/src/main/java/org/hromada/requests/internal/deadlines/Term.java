package org.hromada.requests.internal.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import org.hromada.platform.api.site.SiteDates;

/**
 * A request's deadline: the last day ({@code dueOn}, Kyiv's calendar) and the moment the term is
 * over ({@code dueAt}, exclusive): the start of the next day in Kyiv for a term in days, receipt plus
 * 48 hours for an urgent request.
 */
public record Term(LocalDate dueOn, Instant dueAt) {

    /** A term that ends with the whole of {@code day}. */
    public static Term endOf(LocalDate day) {
        return new Term(day, day.plusDays(1).atStartOfDay(SiteDates.ZONE).toInstant());
    }

    /** A term that ends at an exact moment (hours). */
    public static Term at(Instant end) {
        return new Term(LocalDate.ofInstant(end.minusNanos(1), SiteDates.ZONE), end);
    }

    /** Whether something done at {@code done} was in time. */
    public boolean met(Instant done) {
        return done.isBefore(dueAt);
    }
}
