package org.hromada.content.internal.console;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The {@code datetime-local} inputs of the console: wall-clock times in Kyiv, stored as instants. */
final class KyivTime {
    static final ZoneId ZONE = ZoneId.of("Europe/Kyiv");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private KyivTime() {
    }

    /**
     * The instant of {@code yyyy-MM-ddTHH:mm} (seconds allowed) in Kyiv; empty when blank or unreadable.
     * A time skipped by the spring change is moved forward by the gap; in the autumn overlap the
     * earlier instant is taken.
     */
    static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.strip()).atZone(ZONE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** What a {@code datetime-local} input shows for an instant; "" for null. */
    static String format(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(ZONE).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES));
    }
}
