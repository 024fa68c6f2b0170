package org.hromada.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.hromada.platform.api.site.SiteDates;
import org.junit.jupiter.api.Test;

class SiteDatesTest {
    private static final Instant NOON_KYIV = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void ukrainianDatesUseTheGenitiveMonth() {
        assertEquals("23 листопада 2026", SiteDates.date(NOON_KYIV, "uk"));
        assertEquals("1 березня 2026", SiteDates.date(Instant.parse("2026-03-01T08:00:00Z"), "uk"));
    }

    @Test
    void englishDates() {
        assertEquals("23 November 2026", SiteDates.date(NOON_KYIV, "en"));
        assertEquals("23 November 2026, 12:00", SiteDates.dateTime(NOON_KYIV, "en"));
        assertEquals("23 листопада 2026, 12:00", SiteDates.dateTime(NOON_KYIV, "uk"));
    }

    @Test
    void theDayIsTheDayInKyiv() {
        // 23:30 UTC on the 23rd is already the 24th in Kyiv (UTC+2 in winter).
        Instant lateUtc = Instant.parse("2026-11-23T23:30:00Z");
        assertEquals("24 листопада 2026", SiteDates.date(lateUtc, "uk"));
        assertEquals("2026-11-24T01:30:00+02:00", SiteDates.iso(lateUtc));
        assertEquals("2026-07-01T03:00:00+03:00", SiteDates.iso(Instant.parse("2026-07-01T00:00:00.123456Z")));
    }

    @Test
    void nothingForNull() {
        assertEquals("", SiteDates.date((Instant) null, "uk"));
        assertEquals("", SiteDates.dateTime(null, "en"));
        assertEquals("", SiteDates.iso(null));
    }

    @Test
    void aCalendarDayIsWrittenLikeAnInstant() {
        assertEquals("1 березня 2026", SiteDates.date(LocalDate.of(2026, 3, 1), "uk"));
        assertEquals("1 March 2026", SiteDates.date(LocalDate.of(2026, 3, 1), "en"));
        assertEquals("", SiteDates.date((LocalDate) null, "uk"));
    }
}
