package org.hromada.content.internal.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where an item is in the editorial workflow; only {@link #PUBLISHED} is public. */
public enum Status {
    DRAFT("draft"),
    IN_REVIEW("in_review"),
    SCHEDULED("scheduled"),
    PUBLISHED("published"),
    ARCHIVED("archived");

    /** The keys, comma-separated, for error messages. */
    public static final String KEYS = Arrays.stream(values()).map(Status::key).collect(Collectors.joining(", "));

    private final String key;

    Status(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Status> parse(String key) {
        return Arrays.stream(values()).filter(status -> status.key.equals(key)).findFirst();
    }

    public static Status ofKey(String key) {
        return parse(key).orElseThrow(() -> new IllegalArgumentException("Unknown status " + key));
    }
}
