package org.hromada.documents.internal.model;

import java.time.Instant;
import java.time.LocalDate;
import org.hromada.platform.api.site.SiteDates;

/** Legal deadlines are counted in the council's days: Kyiv time, whatever the server's zone. */
public final class KyivTime {

    private KyivTime() {
    }

    /** The Kyiv day of an instant; null for null. */
    public static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, SiteDates.ZONE);
    }
}
