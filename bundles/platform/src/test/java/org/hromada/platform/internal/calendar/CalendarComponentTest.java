package org.hromada.platform.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;

class CalendarComponentTest {

    /** A bundle context that only answers getProperty, from the map. */
    private static BundleContext context(Map<String, String> properties) {
        return (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getProperty")) {
                        return properties.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void buildsTheCalendarFromFrameworkProperties() {
        CalendarComponent component = new CalendarComponent();
        component.activate(context(Map.of("hromada.calendar.martial.law", "2022-02-24..",
                "hromada.calendar.transfers", "2025-01-02=off")));

        assertTrue(component.isMartialLaw(LocalDate.of(2025, 1, 1)));
        assertTrue(component.isWorkingDay(LocalDate.of(2025, 1, 1)));
        assertFalse(component.isWorkingDay(LocalDate.of(2025, 1, 2)));
        assertEquals(LocalDate.of(2025, 1, 3), component.onOrNextWorkingDay(LocalDate.of(2025, 1, 2)));
        assertEquals(LocalDate.of(2025, 1, 6), component.addWorkingDays(LocalDate.of(2024, 12, 31), 3));
        assertEquals(LocalDate.of(2024, 12, 31), component.subtractWorkingDays(LocalDate.of(2025, 1, 3), 2));
        assertEquals(3, component.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 6)));
    }

    @Test
    void aBadPropertyFailsActivationNamingTheKey() {
        CalendarComponent component = new CalendarComponent();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> component.activate(context(Map.of("hromada.calendar.weekend", "SAT"))));
        assertTrue(e.getMessage().contains("hromada.calendar.weekend"), e.getMessage());
        assertTrue(e.getMessage().contains("'SAT'"), e.getMessage());
    }
}
