package org.hromada.documents.internal.sessions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.hromada.platform.api.calendar.WorkingDayCalendar;

/** A calendar for tests: Saturdays and Sundays off, no holidays (martial law). Only what the sessions use. */
final class WeekendCalendar implements WorkingDayCalendar {

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate event, int days) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LocalDate subtractWorkingDays(LocalDate event, int days) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LocalDate onOrNextWorkingDay(LocalDate date) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isMartialLaw(LocalDate date) {
        return true;
    }
}
