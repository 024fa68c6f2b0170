package org.hromada.platform.internal.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads {@link CalendarSettings} from properties (in the running system, framework properties). Every
 * key is optional. A bad value throws an {@link IllegalArgumentException} that names the key and the
 * bad value, because a wrong calendar silently shifts every legal deadline.
 */
final class CalendarSettingsParser {

    static final String HOLIDAYS = "hromada.calendar.holidays";
    static final String EASTER = "hromada.calendar.easter";
    static final String EXTRA_HOLIDAYS = "hromada.calendar.extra.holidays";
    static final String TRANSFERS = "hromada.calendar.transfers";
    static final String WEEKEND = "hromada.calendar.weekend";
    static final String MARTIAL_LAW = "hromada.calendar.martial.law";

    /** Labour Code Art. 73 as amended in 2023 (DOMAIN.md section 7.1). */
    static final String DEFAULT_HOLIDAYS = "01-01,03-08,05-01,05-08,06-28,07-15,08-24,10-01,12-25";
    static final String DEFAULT_WEEKEND = "SATURDAY,SUNDAY";

    private static final String PERIOD_FORMAT = "yyyy-MM-dd..yyyy-MM-dd with the end not before the start,"
            + " or yyyy-MM-dd.. while no end is known";

    private CalendarSettingsParser() {
    }

    /**
     * @param property the value of a key, or {@code null} when it is not set
     */
    static CalendarSettings parse(Function<String, String> property) {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> work = new HashSet<>();
        for (String item : items(property.apply(TRANSFERS), "")) {
            parseTransfer(item, off, work);
        }
        return new CalendarSettings(
                parseEach(property, HOLIDAYS, DEFAULT_HOLIDAYS, "MM-dd", s -> MonthDay.parse("--" + s)),
                parseEaster(property.apply(EASTER)),
                parseEach(property, EXTRA_HOLIDAYS, "", "yyyy-MM-dd", LocalDate::parse),
                off,
                work,
                parseWeekend(property),
                new ArrayList<>(parseEach(property, MARTIAL_LAW, "", PERIOD_FORMAT, CalendarSettingsParser::period)));
    }

    /**
     * The comma-separated items of a value. An unset key gives the default; a key set to an empty value
     * gives no items, so that a body can, for example, switch off all yearly holidays.
     */
    private static List<String> items(String value, String fallback) {
        List<String> items = new ArrayList<>();
        for (String item : (value == null ? fallback : value).split(",")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }

    private static <T> Set<T> parseEach(Function<String, String> property, String key, String fallback,
            String format, Function<String, T> parser) {
        Set<T> values = new LinkedHashSet<>();
        for (String item : items(property.apply(key), fallback)) {
            try {
                values.add(parser.apply(item));
            } catch (DateTimeException | IllegalArgumentException e) {
                throw bad(key, item, format);
            }
        }
        return values;
    }

    private static boolean parseEaster(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(EASTER, value, "true or false");
        };
    }

    private static void parseTransfer(String item, Set<LocalDate> off, Set<LocalDate> work) {
        String format = "yyyy-MM-dd=off or yyyy-MM-dd=work";
        int eq = item.indexOf('=');
        if (eq < 0) {
            throw bad(TRANSFERS, item, format);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(item.substring(0, eq).trim());
        } catch (DateTimeException e) {
            throw bad(TRANSFERS, item, format);
        }
        if (off.contains(date) || work.contains(date)) {
            throw bad(TRANSFERS, item, "each date at most once");
        }
        switch (item.substring(eq + 1).trim().toLowerCase(Locale.ROOT)) {
            case "off" -> off.add(date);
            case "work" -> work.add(date);
            default -> throw bad(TRANSFERS, item, format);
        }
    }

    private static Set<DayOfWeek> parseWeekend(Function<String, String> property) {
        String value = property.apply(WEEKEND);
        // Unlike the lists, an empty weekend is no sensible choice, so blank means the default.
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : items(value == null || value.isBlank() ? null : value, DEFAULT_WEEKEND)) {
            try {
                days.add(DayOfWeek.valueOf(item.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw bad(WEEKEND, item, "English day names such as SATURDAY,SUNDAY");
            }
        }
        if (days.size() == DayOfWeek.values().length) {
            throw bad(WEEKEND, value, "at least one working day in the week");
        }
        return days;
    }

    private static MartialLawPeriod period(String item) {
        int dots = item.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException(item);
        }
        String end = item.substring(dots + 2).trim();
        return new MartialLawPeriod(LocalDate.parse(item.substring(0, dots).trim()),
                end.isEmpty() ? null : LocalDate.parse(end));
    }

    private static IllegalArgumentException bad(String key, String value, String expected) {
        return new IllegalArgumentException(
                "Bad value '" + value + "' in " + key + " (expected " + expected + ")");
    }
}
