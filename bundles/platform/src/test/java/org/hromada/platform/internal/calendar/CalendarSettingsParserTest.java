package org.hromada.platform.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarSettingsParserTest {

    private static CalendarSettings parse(Map<String, String> properties) {
        return CalendarSettingsParser.parse(properties::get);
    }

    @Test
    void defaultsAreTheCurrentLabourCodeAndAFiveDayWeekWithoutMartialLaw() {
        CalendarSettings settings = parse(Map.of());

        assertEquals(Set.of(MonthDay.of(1, 1), MonthDay.of(3, 8), MonthDay.of(5, 1), MonthDay.of(5, 8),
                MonthDay.of(6, 28), MonthDay.of(7, 15), MonthDay.of(8, 24), MonthDay.of(10, 1),
                MonthDay.of(12, 25)), settings.holidays());
        assertTrue(settings.easter());
        assertEquals(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), settings.weekend());
        assertTrue(settings.extraHolidays().isEmpty());
        assertTrue(settings.transferredOff().isEmpty());
        assertTrue(settings.transferredToWork().isEmpty());
        assertTrue(settings.martialLaw().isEmpty());
    }

    @Test
    void readsEveryKey() {
        CalendarSettings settings = parse(Map.of(
                "hromada.calendar.holidays", " 01-01 , 08-24 ",
                "hromada.calendar.easter", "FALSE",
                "hromada.calendar.extra.holidays", "2026-03-09",
                "hromada.calendar.transfers", "2021-08-23=off, 2021-08-28=WORK",
                "hromada.calendar.weekend", "sunday",
                "hromada.calendar.martial.law", "2018-11-26..2018-12-26, 2022-02-24.."));

        assertEquals(Set.of(MonthDay.of(1, 1), MonthDay.of(8, 24)), settings.holidays());
        assertFalse(settings.easter());
        assertEquals(Set.of(LocalDate.of(2026, 3, 9)), settings.extraHolidays());
        assertEquals(Set.of(LocalDate.of(2021, 8, 23)), settings.transferredOff());
        assertEquals(Set.of(LocalDate.of(2021, 8, 28)), settings.transferredToWork());
        assertEquals(Set.of(DayOfWeek.SUNDAY), settings.weekend());
        assertEquals(List.of(new MartialLawPeriod(LocalDate.of(2018, 11, 26), LocalDate.of(2018, 12, 26)),
                new MartialLawPeriod(LocalDate.of(2022, 2, 24), null)), settings.martialLaw());
    }

    @Test
    void anEmptyHolidayListMeansNoYearlyHolidaysButABlankWeekendMeansTheDefault() {
        CalendarSettings settings = parse(Map.of("hromada.calendar.holidays", "",
                "hromada.calendar.weekend", " "));

        assertTrue(settings.holidays().isEmpty());
        assertEquals(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), settings.weekend());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hromada.calendar.holidays       | 01-01,13-01                | 13-01",
        "hromada.calendar.holidays       | 02-30                      | 02-30",
        "hromada.calendar.holidays       | 2024-01-01                 | 2024-01-01",
        "hromada.calendar.easter         | yes                        | yes",
        "hromada.calendar.extra.holidays | 2024-02-30                 | 2024-02-30",
        "hromada.calendar.transfers      | 2021-08-23                 | 2021-08-23",
        "hromada.calendar.transfers      | 2021-08-23=holiday         | 2021-08-23=holiday",
        "hromada.calendar.transfers      | 2021-08-23=off,2021-08-23=work | 2021-08-23=work",
        "hromada.calendar.weekend        | SATURDAY,SONNTAG           | SONNTAG",
        "hromada.calendar.weekend        | MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY | SUNDAY",
        "hromada.calendar.martial.law    | 2022-02-24                 | 2022-02-24",
        "hromada.calendar.martial.law    | 2022-02-24..2022-01-01     | 2022-02-24..2022-01-01",
        "hromada.calendar.martial.law    | 24.02.2022..               | 24.02.2022..",
    })
    void aBadValueNamesTheKeyAndTheValue(String key, String value, String reported) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(Map.of(key, value)));

        assertTrue(e.getMessage().contains(key), e.getMessage());
        assertTrue(e.getMessage().contains(reported), e.getMessage());
    }
}
