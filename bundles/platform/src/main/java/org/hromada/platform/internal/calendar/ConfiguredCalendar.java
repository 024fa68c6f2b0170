package org.hromada.platform.internal.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hromada.platform.api.calendar.WorkingDayCalendar;

/**
 * The working-day rules of DOMAIN.md section 7 applied to one body's {@link CalendarSettings}. A date
 * is decided in this order: a transfer wins; then a weekly day off is a day off; then, outside martial
 * law only, a public holiday (yearly, Easter, Trinity, extra) is a day off, and a holiday on a weekly day
 * off moves that day off to the next working day (Labour Code Art. 67 part 3).
 *
 * <p>Immutable and thread-safe; the holiday days off of each year are worked out once and memoised.
 */
final class ConfiguredCalendar implements WorkingDayCalendar {

    /** About 14 years of working days: more is a bug in the caller, not a legal term. */
    static final int MAX_WORKING_DAYS = 3650;
    /** About 100 years: bounds the day-by-day count of {@link #workingDaysBetween}. */
    static final int MAX_SPAN_DAYS = 36_525;
    /** Longer than any run of days off a sane configuration can produce. */
    private static final int MAX_DAYS_OFF_IN_A_ROW = 366;

    private final CalendarSettings settings;
    private final Map<Integer, Set<LocalDate>> holidayDaysOffByYear = new ConcurrentHashMap<>();

    ConfiguredCalendar(CalendarSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        if (settings.transferredToWork().contains(date)) {
            return true;
        }
        if (settings.transferredOff().contains(date) || settings.weekend().contains(date.getDayOfWeek())) {
            return false;
        }
        return !holidayDaysOffByYear.computeIfAbsent(date.getYear(), this::holidayDaysOff).contains(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate event, int days) {
        checkCount(days);
        if (days == 0) {
            return onOrNextWorkingDay(event);
        }
        LocalDate day = event;
        for (int i = 0; i < days; i++) {
            day = onOrNextWorkingDay(day.plusDays(1));
        }
        return day;
    }

    @Override
    public LocalDate subtractWorkingDays(LocalDate event, int days) {
        checkCount(days);
        if (days == 0) {
            return onOrPreviousWorkingDay(event);
        }
        LocalDate day = event;
        for (int i = 0; i < days; i++) {
            day = onOrPreviousWorkingDay(day.minusDays(1));
        }
        return day;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_SPAN_DAYS) {
            throw new IllegalArgumentException("Refusing to count working days over more than "
                    + MAX_SPAN_DAYS + " days: " + from + " to " + to);
        }
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
        return firstWorkingDay(date, 1);
    }

    /** The date itself when it is a working day, otherwise the previous working day. */
    LocalDate onOrPreviousWorkingDay(LocalDate date) {
        return firstWorkingDay(date, -1);
    }

    @Override
    public boolean isMartialLaw(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (MartialLawPeriod period : settings.martialLaw()) {
            if (period.contains(date)) {
                return true;
            }
        }
        return false;
    }

    private static void checkCount(int days) {
        if (days < 0 || days > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("Working days must be 0 to " + MAX_WORKING_DAYS + ", not " + days);
        }
    }

    private LocalDate firstWorkingDay(LocalDate date, int step) {
        for (int i = 0; i <= MAX_DAYS_OFF_IN_A_ROW; i++) {
            LocalDate day = date.plusDays((long) i * step);
            if (isWorkingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("No working day within " + MAX_DAYS_OFF_IN_A_ROW + " days of " + date
                + ": check the hromada.calendar settings");
    }

    /** The days off that public holidays give in the year: the holidays themselves and the moved days. */
    private Set<LocalDate> holidayDaysOff(int year) {
        // Last year's holidays count too: a day off moved from late December can land in January.
        SortedSet<LocalDate> holidays = new TreeSet<>(peacetimeHolidays(year - 1));
        holidays.addAll(peacetimeHolidays(year));
        Set<LocalDate> daysOff = new HashSet<>(holidays);
        // In date order, so that chains move correctly: Saturday 1 May and Easter Sunday 2 May 2021
        // made both Monday 3 and Tuesday 4 May days off.
        for (LocalDate holiday : holidays) {
            if (settings.weekend().contains(holiday.getDayOfWeek())) {
                LocalDate moved = holiday.plusDays(1);
                while (settings.weekend().contains(moved.getDayOfWeek()) || daysOff.contains(moved)) {
                    moved = moved.plusDays(1);
                }
                // Art. 67 part 3 does not apply during martial law, so nothing moves into it.
                if (!isMartialLaw(moved)) {
                    daysOff.add(moved);
                }
            }
        }
        return daysOff.stream().filter(day -> day.getYear() == year).collect(Collectors.toUnmodifiableSet());
    }

    /** The holidays of the year that are days off: those outside martial law. */
    private Set<LocalDate> peacetimeHolidays(int year) {
        Set<LocalDate> holidays = new HashSet<>();
        for (MonthDay monthDay : settings.holidays()) {
            if (monthDay.isValidYear(year)) {
                holidays.add(monthDay.atYear(year));
            }
        }
        if (settings.easter()) {
            holidays.add(OrthodoxEaster.sunday(year));
            holidays.add(OrthodoxEaster.trinity(year));
        }
        for (LocalDate extra : settings.extraHolidays()) {
            if (extra.getYear() == year) {
                holidays.add(extra);
            }
        }
        holidays.removeIf(this::isMartialLaw);
        return holidays;
    }
}
