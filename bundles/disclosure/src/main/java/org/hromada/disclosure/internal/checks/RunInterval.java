package org.hromada.disclosure.internal.checks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How often the checks run: framework property {@value #PROPERTY} in minutes, default {@value #DEFAULT_MINUTES}. */
final class RunInterval {
    static final String PROPERTY = "hromada.disclosure.interval.minutes";
    static final long DEFAULT_MINUTES = 60;
    private static final Logger LOG = LoggerFactory.getLogger(RunInterval.class);

    private RunInterval() {
    }

    static long minutes(String raw) {
        if (raw != null && !raw.isBlank()) {
            try {
                long value = Long.parseLong(raw.strip());
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            LOG.warn("{}={} is not a positive whole number; using {}", PROPERTY, raw, DEFAULT_MINUTES);
        }
        return DEFAULT_MINUTES;
    }
}
