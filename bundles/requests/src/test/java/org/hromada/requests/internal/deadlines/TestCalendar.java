package org.hromada.requests.internal.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hromada.platform.api.calendar.WorkingDayCalendar;

/**
 * Enough of the platform's calendar for the rules' tests, with what the law's counting needs:
 * weekends, public holidays (ordinary working days under martial law), transferred days (a
 * Saturday worked, a Monday off) and a martial-law period from a date on.
 */
public final class TestCalendar implements WorkingDayCalendar {
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Map<LocalDate, Boolean> transfers = new HashMap<>();
    private LocalDate martialLawFrom;

    public TestCalendar holidays(LocalDate... days) {
        holidays.addAll(Set.of(days));
        return this;
    }

    /** A transferred day: {@code working} true for a weekend day worked, false for a weekday off. */
    public TestCalendar transfer(LocalDate day, boolean working) {
        transfers.put(day, working);
        return this;
    }

    public TestCalendar martialLawFrom(LocalDate day) {
        martialLawFrom = day;
        return this;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        if (!isMartialLaw(date) && transfers.containsKey(date)) {
            return transfers.get(date);
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && (isMartialLaw(date) || !holidays.contains(date));
    }

    @Override
    public LocalDate addWorkingDays(LocalDate event, int days) {
        LocalDate day = event;
        if (days == 0) {
            return onOrNextWorkingDay(event);
        }
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
            count += isWorkingDay(day) ? 1 : 0;
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
        return martialLawFrom != null && !date.isBefore(martialLawFrom);
    }
}
