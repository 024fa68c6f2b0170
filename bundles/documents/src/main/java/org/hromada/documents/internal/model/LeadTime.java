package org.hromada.documents.internal.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How long before its consideration a draft decision must be public (Art. 15 part 4 of the access
 * law; Art. 59 part 11 of the law on local self-government): 10 working days as a rule, 5 for the
 * land items DOMAIN.md section 1.2 lists, immediately after it is prepared in an emergency, and not
 * at all for administrative-service drafts when the lead time would break the service's own term.
 * The last two are exceptions and must be recorded with their reason.
 */
public enum LeadTime {
    STANDARD("standard", 10, false),
    LAND("land", 5, false),
    EMERGENCY("emergency", 0, true),
    ADMIN_SERVICE("admin_service", 0, true);

    public static final String KEYS = Arrays.stream(values()).map(LeadTime::key).collect(Collectors.joining(", "));

    private final String key;
    private final int workingDays;
    private final boolean exception;

    LeadTime(String key, int workingDays, boolean exception) {
        this.key = key;
        this.workingDays = workingDays;
        this.exception = exception;
    }

    public String key() {
        return key;
    }

    /** Working days between publication and consideration; 0 for the exceptions. */
    public int workingDays() {
        return workingDays;
    }

    /** An exception to the lead time, which needs a recorded reason. */
    public boolean isException() {
        return exception;
    }

    public static Optional<LeadTime> parse(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.key.equals(wanted)).findFirst();
    }
}
