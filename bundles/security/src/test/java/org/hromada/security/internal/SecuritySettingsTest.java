package org.hromada.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecuritySettingsTest {

    @Test
    void defaultsWhenNothingIsSet() {
        SecuritySettings settings = SecuritySettings.from(key -> null);
        assertEquals("", settings.adminPassword());
        assertEquals(Duration.ofMinutes(480), settings.tokenTtl());
        assertEquals(5, settings.maxFailures());
        assertEquals(30, settings.maxFailuresPerAddress());
        assertEquals(Duration.ofMinutes(30), settings.sessionIdle());
        assertEquals(Duration.ofHours(12), settings.sessionAbsolute());
    }

    @Test
    void readsTheFrameworkProperties() {
        Map<String, String> props = Map.of(
                "hromada.admin.password", " it-admin-Password-1 ",
                "hromada.auth.token.ttl.minutes", "60",
                "hromada.auth.max.failures", "3",
                "hromada.security.session.idle.minutes", "15",
                "hromada.security.session.absolute.hours", "8");
        SecuritySettings settings = SecuritySettings.from(props::get);
        assertEquals("it-admin-Password-1", settings.adminPassword());
        assertEquals(Duration.ofHours(1), settings.tokenTtl());
        assertEquals(3, settings.maxFailures());
        assertEquals(Duration.ofMinutes(15), settings.sessionIdle());
        assertEquals(Duration.ofHours(8), settings.sessionAbsolute());
    }

    @Test
    void badNumbersFallBackToDefaults() {
        Map<String, String> props = Map.of(
                "hromada.auth.token.ttl.minutes", "eight hours",
                "hromada.auth.max.failures", "0");
        SecuritySettings settings = SecuritySettings.from(props::get);
        assertEquals(Duration.ofMinutes(480), settings.tokenTtl());
        assertEquals(5, settings.maxFailures());
    }
}
