package org.hromada.platform.api.calendar;

import java.time.LocalDate;

/**
 * The one calendar every legal deadline is computed with (DOMAIN.md section 7): weekends, public
 * holidays and transferred days from configuration, and martial-law periods during which public
 * holidays are working days.
 *
 * <p>Deadlines follow the Law on Administrative Procedure Art. 33: a term starts the day after the
 * triggering event, and a term that would end on a day off ends on the next working day. Every date
 * returned by the methods below is a working day. Methods throw {@link IllegalArgumentException} for a
 * negative number of days or an implausibly large one (more than 3650 working days), and
 * {@link NullPointerException} for a {@code null} date.
 */
public interface WorkingDayCalendar {

    /** Whether the date is a working day. */
    boolean isWorkingDay(LocalDate date);

    /**
     * The day on which a term of {@code days} working days that starts the day after
     * {@code event} ends: the {@code days}-th working day after {@code event}. A request received on
     * Friday with a 5-working-day term is due the next Friday if no holiday intervenes. With
     * {@code days == 0}, {@link #onOrNextWorkingDay(LocalDate) onOrNextWorkingDay(event)}.
     */
    LocalDate addWorkingDays(LocalDate event, int days);

    /**
     * The latest date by which something must be done at least {@code days} working days before
     * {@code event}: the {@code days}-th working day before it, so that
     * {@code workingDaysBetween(result, event) == days} when {@code event} is a working day. With
     * {@code days == 0}, {@code event} itself if it is a working day, otherwise the working day before.
     */
    LocalDate subtractWorkingDays(LocalDate event, int days);

    /**
     * How many working days lie after {@code from} up to and including {@code to}; 0 when {@code to}
     * is not after {@code from}.
     */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** The date itself when it is a working day, otherwise the next working day. */
    LocalDate onOrNextWorkingDay(LocalDate date);

    /** Whether martial law is in force on the date (public holidays are then not days off). */
    boolean isMartialLaw(LocalDate date);
}
