package org.hromada.documents.internal.deadlines;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Whether a document met its publication deadline, or how it stands while it is not yet public. */
public enum DeadlineStatus {
    /** Public on or before the day it was due. */
    MET("met"),
    /** Public after the day it was due, or still not public after it. */
    LATE("late"),
    /** Not public yet, and due today or on the next working day. */
    AT_RISK("at_risk"),
    /** Not public yet, with more time left. */
    PENDING("pending"),
    /** No deadline applies: the kind has none, or a recorded exception waives it. */
    EXEMPT("exempt"),
    /** The deadline cannot be computed: a draft without its date of consideration. */
    NO_DATE("no_date");

    public static final String KEYS = Arrays.stream(values()).map(DeadlineStatus::key)
            .collect(Collectors.joining(", "));

    private final String key;

    DeadlineStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Statuses an editor has to act on. */
    public boolean needsAttention() {
        return this == LATE || this == AT_RISK || this == NO_DATE;
    }

    public static Optional<DeadlineStatus> parse(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.key.equals(wanted)).findFirst();
    }
}
