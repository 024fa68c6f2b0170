package org.hromada.platform.internal.calendar;

import java.util.HashMap;
import java.util.Map;

/** Calendars for tests, built the way the component builds them: from properties. */
final class Calendars {

    static final String MARTIAL_LAW_SINCE_2022 = "2022-02-24..";

    private Calendars() {
    }

    /** The default calendar, with no martial law. */
    static ConfiguredCalendar peacetime() {
        return of();
    }

    /** The default calendar with martial law from 24 February 2022 on, as the distribution ships it. */
    static ConfiguredCalendar martialLaw() {
        return of("hromada.calendar.martial.law", MARTIAL_LAW_SINCE_2022);
    }

    /** A calendar from key-value pairs; keys not given keep their defaults. */
    static ConfiguredCalendar of(String... keysAndValues) {
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new ConfiguredCalendar(CalendarSettingsParser.parse(properties::get));
    }
}
