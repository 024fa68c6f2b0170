package org.hromada.documents.internal.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.hromada.platform.api.calendar.WorkingDayCalendar;

/** Weekends and a fixed set of holidays: enough of the platform's calendar for the rules' own tests. */
public final class TestCalendar implements WorkingDayCalendar {
    private final Set<LocalDate> holidays;

    public TestCalendar(LocalDate... holidays) {
        this.holidays = Set.of(holidays);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate event, int days) {
        if (days == 0) {
            return onOrNextWorkingDay(event);
        }
        LocalDate day = event;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    @Override
    public LocalDate subtractWorkingDays(LocalDate event, int days) {
        LocalDate day = event;
        if (days == 0) {
            while (!isWorkingDay(day)) {
                day = day.minusDays(1);
            }
            return day;
        }
        for (int left = days; left > 0; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public LocalDate onOrNextWorkingDay(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Override
    public boolean isMartialLaw(LocalDate date) {
        return false;
    }
}
