package org.hromada.requests.internal.deadlines;

import static org.hromada.requests.internal.deadlines.Kyiv.kyiv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** REQ-STD, REQ-URG and REQ-EXT on real dates (DOMAIN.md sections 1.7, 7 and 9.1). */
class RequestDeadlinesTest {
    private static final LocalDate MARTIAL_LAW = LocalDate.of(2022, 2, 24);

    private static RequestDeadlines plain() {
        return new RequestDeadlines(new TestCalendar());
    }

    @Test
    void theTermStartsTheDayAfterReceiptAndEndsOnTheFifthWorkingDay() {
        assertEquals(LocalDate.of(2026, 11, 9), plain().initial(kyiv("2026-11-02T10:00"), false).dueOn(), "Monday to Monday");
        assertEquals(LocalDate.of(2026, 11, 13), plain().initial(kyiv("2026-11-06T16:00"), false).dueOn(), "Friday to Friday");
        assertEquals(LocalDate.of(2026, 11, 13), plain().initial(kyiv("2026-11-07T12:00"), false).dueOn(),
                "received on a Saturday: the 5th working day after it");
    }

    @Test
    void theDayIsKyivsWhateverTheInstant() {
        // 23:30 UTC on Sunday 1 November is 01:30 on Monday 2 November in Kyiv.
        assertEquals(LocalDate.of(2026, 11, 9), plain().initial(Instant.parse("2026-11-01T23:30:00Z"), false).dueOn());
    }

    @Test
    void aTermEndsWithTheWholeOfItsLastDay() {
        Term term = plain().initial(kyiv("2026-11-02T10:00"), false);
        assertTrue(term.met(kyiv("2026-11-09T23:59:59")));
        assertFalse(term.met(kyiv("2026-11-10T00:00")));
    }

    @Test
    void aPeacetimeHolidayAndATransferredDayOffPushTheDeadline() {
        // 2021: Independence Day on Tuesday 24 August; Monday 23 August off, worked on Saturday 14 August.
        TestCalendar calendar = new TestCalendar().holidays(LocalDate.of(2021, 8, 24))
                .transfer(LocalDate.of(2021, 8, 23), false).transfer(LocalDate.of(2021, 8, 14), true);
        RequestDeadlines rules = new RequestDeadlines(calendar);
        assertEquals(LocalDate.of(2021, 8, 31), rules.initial(kyiv("2021-08-20T09:00"), false).dueOn());
        assertEquals(LocalDate.of(2021, 8, 27), plain().initial(kyiv("2021-08-20T09:00"), false).dueOn());
        assertEquals(LocalDate.of(2021, 8, 16), rules.initial(kyiv("2021-08-10T09:00"), false).dueOn(),
                "the Saturday worked counts as a working day");
    }

    @Test
    void underMartialLawAHolidayIsAnOrdinaryWorkingDay() {
        LocalDate victoryDay = LocalDate.of(2025, 5, 8);
        RequestDeadlines peacetime = new RequestDeadlines(new TestCalendar().holidays(victoryDay));
        RequestDeadlines wartime = new RequestDeadlines(new TestCalendar().holidays(victoryDay).martialLawFrom(MARTIAL_LAW));
        assertEquals(LocalDate.of(2025, 5, 13), peacetime.initial(kyiv("2025-05-05T09:00"), false).dueOn());
        assertEquals(LocalDate.of(2025, 5, 12), wartime.initial(kyiv("2025-05-05T09:00"), false).dueOn());
    }

    @Test
    void anUrgentRequestIsDue48HoursAfterReceiptEvenOverAWeekend() {
        Term term = plain().initial(kyiv("2026-11-06T18:00"), true);
        assertEquals(kyiv("2026-11-08T18:00"), term.dueAt());
        assertEquals(LocalDate.of(2026, 11, 8), term.dueOn(), "a Sunday: an hour-based term does not roll forward");
        assertTrue(term.met(kyiv("2026-11-08T17:59")));
        assertFalse(term.met(kyiv("2026-11-08T18:00")));
    }

    @Test
    void anExtensionNeedsItsNoticeWithinFiveWorkingDaysOfReceipt() {
        Instant received = kyiv("2026-11-06T16:00"); // Friday
        ExtensionCheck onTheLastDay = plain().extension(received, kyiv("2026-11-13T17:00"));
        assertTrue(onTheLastDay.allowed());
        assertEquals(LocalDate.of(2026, 11, 13), onTheLastDay.latestNoticeOn());
        ExtensionCheck late = plain().extension(received, kyiv("2026-11-16T09:00"));
        assertFalse(late.allowed());
        assertTrue(late.refusal().contains("2026-11-13"), late.refusal());
        assertFalse(plain().extension(received, kyiv("2026-11-05T09:00")).allowed(), "a notice before the request");
    }

    @Test
    void anExtendedTermIsTwentyWorkingDaysFromReceipt() {
        // from Friday 6 November 2026: four weeks of working days end on Friday 4 December
        assertEquals(LocalDate.of(2026, 12, 4), plain().extended(kyiv("2026-11-06T16:00")).dueOn());
        RequestDeadlines peacetime = new RequestDeadlines(new TestCalendar().holidays(LocalDate.of(2026, 11, 20)));
        assertEquals(LocalDate.of(2026, 12, 7), peacetime.extended(kyiv("2026-11-06T16:00")).dueOn());
    }

    @Test
    void aDeferralRunsToTheEndOfTheDayDeferredTo() {
        Term term = plain().deferredTo(LocalDate.of(2026, 12, 1));
        assertEquals(kyiv("2026-12-02T00:00"), term.dueAt());
    }
}
