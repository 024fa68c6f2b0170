package org.hromada.platform.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which days are working days: DOMAIN.md sections 7.1 and 7.2, checked on real dates. */
class ConfiguredCalendarDaysOffTest {

    @ParameterizedTest(name = "{0} is a working day in peacetime: {1}")
    @CsvSource({
        "2021-08-23, true",  // Monday before Independence Day (no transfer configured)
        "2021-08-24, false", // Independence Day, a Tuesday
        "2021-08-28, false", // Saturday
        "2021-12-24, true",  // Friday
        "2021-12-25, false", // Christmas, a Saturday...
        "2021-12-27, false", // ...moves the day off to Monday
        "2021-12-28, true",
        "2021-05-01, false", // Labour Day, a Saturday
        "2021-05-02, false", // Easter Sunday
        "2021-05-03, false", // the day off moved from 1 May
        "2021-05-04, false", // the day off moved from Easter: moves chain
        "2021-05-05, true",
        "2021-06-21, false", // Monday after Trinity Sunday 20 June
        "2021-06-28, false", // Constitution Day, a Monday
    })
    void peacetime2021(LocalDate date, boolean working) {
        assertEquals(working, Calendars.peacetime().isWorkingDay(date));
    }

    @ParameterizedTest(name = "{0} is a working day under martial law: {1}")
    @CsvSource({
        "2024-08-24, false", // Independence Day, a Saturday: a weekly day off anyway...
        "2024-08-26, true",  // ...and no day off is moved to Monday
        "2025-01-01, true",  // New Year, a Wednesday
        "2024-05-05, false", // Easter Sunday is still a Sunday
        "2024-05-06, true",  // but Monday is not off
        "2024-12-25, true",  // Christmas, a Wednesday
        "2022-02-23, true",  // a Wednesday before martial law
    })
    void martialLaw(LocalDate date, boolean working) {
        assertEquals(working, Calendars.martialLaw().isWorkingDay(date));
    }

    @Test
    void martialLawHasDatedBoundaries() {
        ConfiguredCalendar calendar = Calendars.of("hromada.calendar.martial.law",
                "2018-11-26..2018-12-26, 2022-02-24..");

        assertFalse(calendar.isMartialLaw(LocalDate.of(2018, 11, 25)));
        assertTrue(calendar.isMartialLaw(LocalDate.of(2018, 11, 26)));
        assertTrue(calendar.isMartialLaw(LocalDate.of(2018, 12, 26)));
        assertFalse(calendar.isMartialLaw(LocalDate.of(2018, 12, 27)));
        assertFalse(calendar.isMartialLaw(LocalDate.of(2022, 2, 23)));
        assertTrue(calendar.isMartialLaw(LocalDate.of(2022, 2, 24)));
        assertTrue(calendar.isMartialLaw(LocalDate.of(2040, 1, 1)));
        // Inside a configured period Christmas (a Tuesday) is worked; after it New Year (a Tuesday) is not.
        assertTrue(calendar.isWorkingDay(LocalDate.of(2018, 12, 25)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2019, 1, 1)));
    }

    @Test
    void noDayOffMovesIntoMartialLaw() {
        // Christmas 2021 was a Saturday; had martial law begun on Monday, Monday would be worked.
        ConfiguredCalendar calendar = Calendars.of("hromada.calendar.martial.law", "2021-12-27..");

        assertFalse(calendar.isWorkingDay(LocalDate.of(2021, 12, 25)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2021, 12, 27)));
    }

    @Test
    void transfersWinInPeacetimeAndUnderMartialLaw() {
        ConfiguredCalendar calendar = Calendars.of(
                "hromada.calendar.martial.law", "2022-02-24..",
                "hromada.calendar.transfers",
                "2021-08-23=off, 2021-08-28=work, 2021-12-27=work, 2024-12-31=off, 2024-12-29=work");

        assertFalse(calendar.isWorkingDay(LocalDate.of(2021, 8, 23)));  // Monday made a day off
        assertTrue(calendar.isWorkingDay(LocalDate.of(2021, 8, 28)));   // Saturday worked off
        assertTrue(calendar.isWorkingDay(LocalDate.of(2021, 12, 27)));  // over a moved day off
        assertFalse(calendar.isWorkingDay(LocalDate.of(2024, 12, 31))); // under martial law
        assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 12, 29)));  // a Sunday
    }

    @Test
    void aSixDayWeekHasSaturdayAsAWorkingDayAndMovesOnlySundayHolidays() {
        ConfiguredCalendar calendar = Calendars.of("hromada.calendar.weekend", "SUNDAY");

        assertTrue(calendar.isWorkingDay(LocalDate.of(2021, 8, 28)));   // Saturday
        assertFalse(calendar.isWorkingDay(LocalDate.of(2021, 12, 25))); // Christmas on a working Saturday
        assertTrue(calendar.isWorkingDay(LocalDate.of(2021, 12, 27)));  // so Monday is not off
        assertFalse(calendar.isWorkingDay(LocalDate.of(2021, 5, 3)));   // moved from Easter Sunday
        assertTrue(calendar.isWorkingDay(LocalDate.of(2021, 5, 4)));
    }

    @Test
    void aDayOffMovesAcrossTheNewYear() {
        // 31 December 2022 was a Saturday and 1 January 2023 a Sunday.
        ConfiguredCalendar calendar = Calendars.of("hromada.calendar.holidays", "12-31,01-01");

        assertFalse(calendar.isWorkingDay(LocalDate.of(2023, 1, 2)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2023, 1, 3)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2023, 1, 4)));
    }

    @Test
    void extraHolidaysAndTheEasterSwitch() {
        ConfiguredCalendar calendar = Calendars.of("hromada.calendar.easter", "false",
                "hromada.calendar.extra.holidays", "2021-03-09");

        assertFalse(calendar.isWorkingDay(LocalDate.of(2021, 3, 9)));  // a Tuesday
        assertTrue(calendar.isWorkingDay(LocalDate.of(2021, 5, 4)));   // only 1 May moves now
        assertTrue(calendar.isWorkingDay(LocalDate.of(2021, 6, 21)));  // no Trinity
    }
}
