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
    }

    @Test
    void readsTheFrameworkProperties() {
        Map<String, String> props = Map.of(
                "hromada.admin.password", " it-admin-Password-1 ",
                "hromada.auth.token.ttl.minutes", "60",
                "hromada.auth.max.failures", "3");
        SecuritySettings settings = SecuritySettings.from(props::get);
        assertEquals("it-admin-Password-1", settings.adminPassword());
        assertEquals(Duration.ofHours(1), settings.tokenTtl());
        assertEquals(3, settings.maxFailures());
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
