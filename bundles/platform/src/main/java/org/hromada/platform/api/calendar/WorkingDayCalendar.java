package org.hromada.platform.api.calendar;

import java.time.LocalDate;

/**
 * The one calendar every legal deadline is computed with (DOMAIN.md section 7): weekends, public
 * holidays and transferred days from configuration, and martial-law periods during which public
 * holidays are working days.
 */
public interface WorkingDayCalendar {

    /** Whether the date is a working day. */
    boolean isWorkingDay(LocalDate date);

    /**
     * The day on which a term of {@code days} working days that starts the day after
     * {@code event} ends: the {@code days}-th working day after {@code event}.
     */
    LocalDate addWorkingDays(LocalDate event, int days);

    /**
     * The latest date by which something must be done at least {@code days} working days before
     * {@code event}: the {@code days}-th working day before it.
     */
    LocalDate subtractWorkingDays(LocalDate event, int days);

    /** How many working days lie after {@code from} up to and including {@code to}. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** The date itself when it is a working day, otherwise the next working day. */
    LocalDate onOrNextWorkingDay(LocalDate date);

    /** Whether martial law is in force on the date (public holidays are then not days off). */
    boolean isMartialLaw(LocalDate date);
}
