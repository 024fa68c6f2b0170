package org.hromada.platform.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

/**
 * What one body's working calendar is made of (DOMAIN.md section 7). Built by
 * {@link CalendarSettingsParser}; the rules that combine these parts live in {@link ConfiguredCalendar}.
 *
 * @param holidays          public holidays that recur every year (Labour Code Art. 73)
 * @param easter            whether Easter and Trinity (Orthodox reckoning) are religious non-working days
 * @param extraHolidays     one-off public holidays; they follow the same rules as the recurring ones
 * @param transferredOff    working days made days off by a transfer, whatever else applies
 * @param transferredToWork days off made working days by a transfer, whatever else applies
 * @param weekend           the weekly days off
 * @param martialLaw        periods during which holidays are ordinary working days
 */
record CalendarSettings(
        Set<MonthDay> holidays,
        boolean easter,
        Set<LocalDate> extraHolidays,
        Set<LocalDate> transferredOff,
        Set<LocalDate> transferredToWork,
        Set<DayOfWeek> weekend,
        List<MartialLawPeriod> martialLaw) {

    CalendarSettings {
        holidays = Set.copyOf(holidays);
        extraHolidays = Set.copyOf(extraHolidays);
        transferredOff = Set.copyOf(transferredOff);
        transferredToWork = Set.copyOf(transferredToWork);
        weekend = Set.copyOf(weekend);
        martialLaw = List.copyOf(martialLaw);
        if (weekend.size() == DayOfWeek.values().length) {
            throw new IllegalArgumentException("The weekly days off leave no working day: " + weekend);
        }
    }

    /** A one-line account for the log, so that operators can see which calendar is in force. */
    String summary() {
        return "weekend " + weekend + ", " + holidays.size() + " yearly holidays, Easter and Trinity "
                + (easter ? "on" : "off") + ", " + extraHolidays.size() + " extra holidays, "
                + (transferredOff.size() + transferredToWork.size()) + " transfers, martial law "
                + (martialLaw.isEmpty() ? "none" : martialLaw);
    }
}
