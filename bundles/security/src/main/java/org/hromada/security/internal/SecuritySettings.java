package org.hromada.security.internal;

import java.time.Duration;
import java.util.function.UnaryOperator;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The security settings, read from framework properties (which the launcher fills from
 * {@code conf/hromada.properties} and {@code HROMADA_*} environment variables).
 *
 * @param adminPassword the first admin's password, or empty to generate one
 * @param tokenTtl      how long an issued token stays valid
 * @param maxFailures   failed sign-ins per username or address before throttling starts
 */
public record SecuritySettings(String adminPassword, Duration tokenTtl, int maxFailures) {
    public static final String ADMIN_PASSWORD = "hromada.admin.password";
    public static final String TOKEN_TTL_MINUTES = "hromada.auth.token.ttl.minutes";
    public static final String MAX_FAILURES = "hromada.auth.max.failures";

    static final int DEFAULT_TTL_MINUTES = 480;
    static final int DEFAULT_MAX_FAILURES = 5;

    private static final Logger LOG = LoggerFactory.getLogger(SecuritySettings.class);

    public static SecuritySettings from(BundleContext context) {
        return from(context::getProperty);
    }

    /** Reads the settings through {@code property} (null when unset); bad numbers fall back to defaults. */
    public static SecuritySettings from(UnaryOperator<String> property) {
        String password = property.apply(ADMIN_PASSWORD);
        return new SecuritySettings(password == null ? "" : password.strip(),
                Duration.ofMinutes(positive(property, TOKEN_TTL_MINUTES, DEFAULT_TTL_MINUTES)),
                positive(property, MAX_FAILURES, DEFAULT_MAX_FAILURES));
    }

    private static int positive(UnaryOperator<String> property, String key, int fallback) {
        String raw = property.apply(key);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warn("{}={} is not a positive whole number; using {}", key, raw, fallback);
        return fallback;
    }
}
