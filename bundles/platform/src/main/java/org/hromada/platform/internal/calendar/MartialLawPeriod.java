package org.hromada.platform.internal.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period of martial law, both ends included. Martial law is extended by decree every 90 days, so
 * its end is often not known yet: {@code end} is then {@code null} (open-ended).
 *
 * @param start the first day of martial law
 * @param end   the last day of martial law, or {@code null} while no end is known
 */
record MartialLawPeriod(LocalDate start, LocalDate end) {

    MartialLawPeriod {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("Martial law period ends before it starts: " + start + ".." + end);
        }
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    @Override
    public String toString() {
        return start + ".." + (end == null ? "" : end);
    }
}
