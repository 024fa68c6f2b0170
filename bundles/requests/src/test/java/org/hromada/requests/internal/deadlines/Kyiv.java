package org.hromada.requests.internal.deadlines;

import java.time.Instant;
import java.time.LocalDateTime;
import org.hromada.platform.api.site.SiteDates;

/** Instants written as Kyiv wall-clock times, for the tests. */
public final class Kyiv {

    private Kyiv() {
    }

    /** {@code 2026-11-06T16:00} in Kyiv. */
    public static Instant kyiv(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SiteDates.ZONE).toInstant();
    }
}
