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
 * @param maxFailures   failed sign-ins per username before throttling starts
 * @param maxFailuresPerAddress failed sign-ins from one client address before throttling starts;
 *                      higher, because a council office often reaches the site through one address
 * @param sessionIdle   how long a console session lives without being used
 * @param sessionAbsolute how long a console session lives at most, however much it is used
 */
public record SecuritySettings(String adminPassword, Duration tokenTtl, int maxFailures, int maxFailuresPerAddress,
                               Duration sessionIdle, Duration sessionAbsolute) {
    public static final String ADMIN_PASSWORD = "hromada.admin.password";
    public static final String TOKEN_TTL_MINUTES = "hromada.auth.token.ttl.minutes";
    public static final String MAX_FAILURES = "hromada.auth.max.failures";
    public static final String MAX_FAILURES_PER_ADDRESS = "hromada.auth.max.failures.address";
    public static final String SESSION_IDLE_MINUTES = "hromada.security.session.idle.minutes";
    public static final String SESSION_ABSOLUTE_HOURS = "hromada.security.session.absolute.hours";

    static final int DEFAULT_TTL_MINUTES = 480;
    static final int DEFAULT_MAX_FAILURES = 5;
    static final int DEFAULT_MAX_FAILURES_PER_ADDRESS = 30;
    static final int DEFAULT_SESSION_IDLE_MINUTES = 30;
    static final int DEFAULT_SESSION_ABSOLUTE_HOURS = 12;

    private static final Logger LOG = LoggerFactory.getLogger(SecuritySettings.class);

    public static SecuritySettings from(BundleContext context) {
        return from(context::getProperty);
    }

    /** Reads the settings through {@code property} (null when unset); bad numbers fall back to defaults. */
    public static SecuritySettings from(UnaryOperator<String> property) {
        String password = property.apply(ADMIN_PASSWORD);
        return new SecuritySettings(password == null ? "" : password.strip(),
                Duration.ofMinutes(positive(property, TOKEN_TTL_MINUTES, DEFAULT_TTL_MINUTES)),
                positive(property, MAX_FAILURES, DEFAULT_MAX_FAILURES),
                positive(property, MAX_FAILURES_PER_ADDRESS, DEFAULT_MAX_FAILURES_PER_ADDRESS),
                Duration.ofMinutes(positive(property, SESSION_IDLE_MINUTES, DEFAULT_SESSION_IDLE_MINUTES)),
                Duration.ofHours(positive(property, SESSION_ABSOLUTE_HOURS, DEFAULT_SESSION_ABSOLUTE_HOURS)));
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
