package org.hromada.platform.internal.calendar;

import java.time.LocalDate;

/**
 * Easter as Ukraine keeps it: the Julian (Orthodox) paschalion, converted to the Gregorian date.
 */
final class OrthodoxEaster {

    /** Trinity (Трійця) is the seventh Sunday after Easter. */
    static final int DAYS_TO_TRINITY = 49;

    private OrthodoxEaster() {
    }

    /** Easter Sunday of the year, as a Gregorian date. */
    static LocalDate sunday(int year) {
        // Meeus' Julian algorithm; gives March 22 to April 25 in the Julian calendar.
        int a = Math.floorMod(year, 4);
        int b = Math.floorMod(year, 7);
        int c = Math.floorMod(year, 19);
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        // Julian-to-Gregorian gap in March-May of the year (13 days in 1900-2099, 14 in 2100-2199).
        int gap = Math.floorDiv(year, 100) - Math.floorDiv(year, 400) - 2;
        return LocalDate.of(year, month, day).plusDays(gap);
    }

    /** Trinity Sunday of the year, as a Gregorian date. */
    static LocalDate trinity(int year) {
        return sunday(year).plusDays(DAYS_TO_TRINITY);
    }
}
