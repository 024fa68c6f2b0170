package org.hromada.platform.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Terms counted in working days (DOMAIN.md sections 7.3 and 9.1) on real dates. */
class ConfiguredCalendarTermsTest {

    private static final ConfiguredCalendar PEACETIME = Calendars.peacetime();
    private static final ConfiguredCalendar MARTIAL_LAW = Calendars.martialLaw();

    @Test
    void aRequestReceivedOnFridayIsAnsweredWithinFiveWorkingDaysByTheNextFriday() {
        assertEquals(LocalDate.of(2026, 11, 27), MARTIAL_LAW.addWorkingDays(LocalDate.of(2026, 11, 20), 5));
    }

    @Test
    void aHolidayOnSaturdayDelaysATermOnlyInPeacetime() {
        LocalDate friday = LocalDate.of(2024, 8, 23); // Independence Day is the next day

        assertEquals(LocalDate.of(2024, 8, 27), PEACETIME.addWorkingDays(friday, 1));
        assertEquals(LocalDate.of(2024, 8, 26), MARTIAL_LAW.addWorkingDays(friday, 1));
    }

    @Test
    void aTermSpansATransfer() {
        // 2021: Monday 23 August made a day off, worked on Saturday 28 August.
        ConfiguredCalendar transferred = Calendars.of("hromada.calendar.transfers", "2021-08-23=off,2021-08-28=work");
        LocalDate friday = LocalDate.of(2021, 8, 20);

        assertEquals(LocalDate.of(2021, 8, 28), transferred.addWorkingDays(friday, 4));
        assertEquals(LocalDate.of(2021, 8, 27), PEACETIME.addWorkingDays(friday, 4));
        assertEquals(4, transferred.workingDaysBetween(friday, LocalDate.of(2021, 8, 28)));
    }

    @Test
    void aTermCountsFromTheDayAfterTheEventEvenWhenTheEventIsOnADayOff() {
        assertEquals(LocalDate.of(2021, 8, 30), PEACETIME.addWorkingDays(LocalDate.of(2021, 8, 28), 1));
        assertEquals(LocalDate.of(2021, 8, 27), PEACETIME.subtractWorkingDays(LocalDate.of(2021, 8, 29), 1));
    }

    @Test
    void aDraftDecisionIsPublishedTenWorkingDaysBeforeTheSession() {
        LocalDate session = LocalDate.of(2021, 9, 2); // a Thursday; Independence Day falls within
        ConfiguredCalendar transferred = Calendars.of("hromada.calendar.transfers", "2021-08-23=off,2021-08-28=work");

        assertEquals(LocalDate.of(2021, 8, 18), PEACETIME.subtractWorkingDays(session, 10));
        // The transfer swaps a Monday for a Saturday within the ten days, so the date stays...
        assertEquals(LocalDate.of(2021, 8, 18), transferred.subtractWorkingDays(session, 10));
        // ...but a session on Monday 30 August needs the draft by the worked Saturday.
        assertEquals(LocalDate.of(2021, 8, 27), PEACETIME.subtractWorkingDays(LocalDate.of(2021, 8, 30), 1));
        assertEquals(LocalDate.of(2021, 8, 28), transferred.subtractWorkingDays(LocalDate.of(2021, 8, 30), 1));
        assertEquals(LocalDate.of(2026, 12, 3), MARTIAL_LAW.subtractWorkingDays(LocalDate.of(2026, 12, 17), 10));
    }

    @Test
    void zeroDaysRollsToAWorkingDay() {
        LocalDate christmasSaturday = LocalDate.of(2021, 12, 25);

        assertEquals(LocalDate.of(2021, 12, 28), PEACETIME.addWorkingDays(christmasSaturday, 0));
        assertEquals(LocalDate.of(2021, 12, 24), PEACETIME.subtractWorkingDays(christmasSaturday, 0));
        assertEquals(LocalDate.of(2021, 12, 24), PEACETIME.addWorkingDays(LocalDate.of(2021, 12, 24), 0));
        assertEquals(LocalDate.of(2021, 12, 28), PEACETIME.onOrNextWorkingDay(christmasSaturday));
        assertEquals(LocalDate.of(2021, 12, 28), PEACETIME.onOrNextWorkingDay(LocalDate.of(2021, 12, 28)));
    }

    @Test
    void workingDaysBetweenCountsAfterFromUpToAndIncludingTo() {
        LocalDate friday = LocalDate.of(2021, 8, 20);

        assertEquals(4, PEACETIME.workingDaysBetween(friday, LocalDate.of(2021, 8, 27)));
        assertEquals(5, MARTIAL_LAW.workingDaysBetween(LocalDate.of(2024, 8, 20), LocalDate.of(2024, 8, 27)));
        assertEquals(0, PEACETIME.workingDaysBetween(friday, friday));
        assertEquals(0, PEACETIME.workingDaysBetween(friday, friday.minusDays(3)));
        assertEquals(0, PEACETIME.workingDaysBetween(friday, friday.plusDays(2))); // only the weekend
    }

    @Test
    void addAndSubtractAgreeWithWorkingDaysBetweenOverSixYears() {
        for (ConfiguredCalendar calendar : new ConfiguredCalendar[] {PEACETIME, MARTIAL_LAW}) {
            for (LocalDate event = LocalDate.of(2021, 1, 1); event.getYear() < 2027; event = event.plusDays(1)) {
                for (int days = 1; days <= 12; days++) {
                    LocalDate end = calendar.addWorkingDays(event, days);
                    assertTrue(calendar.isWorkingDay(end), end::toString);
                    assertEquals(days, calendar.workingDaysBetween(event, end), () -> "after " + end);
                    assertEquals(days - 1, calendar.workingDaysBetween(event, end.minusDays(1)));

                    LocalDate start = calendar.subtractWorkingDays(event, days);
                    assertTrue(calendar.isWorkingDay(start), start::toString);
                    assertEquals(days - 1, calendar.workingDaysBetween(start, event.minusDays(1)),
                            () -> "before " + start);
                }
            }
        }
    }

    @Test
    void implausibleCountsAreRefused() {
        LocalDate day = LocalDate.of(2026, 1, 5);

        assertThrows(IllegalArgumentException.class, () -> PEACETIME.addWorkingDays(day, -1));
        assertThrows(IllegalArgumentException.class, () -> PEACETIME.subtractWorkingDays(day, -1));
        assertThrows(IllegalArgumentException.class,
                () -> PEACETIME.addWorkingDays(day, ConfiguredCalendar.MAX_WORKING_DAYS + 1));
        assertThrows(IllegalArgumentException.class,
                () -> PEACETIME.workingDaysBetween(day, day.plusDays(ConfiguredCalendar.MAX_SPAN_DAYS + 1)));
        assertTrue(PEACETIME.addWorkingDays(day, ConfiguredCalendar.MAX_WORKING_DAYS).isAfter(day.plusYears(13)));
    }
}
