package org.hromada.content.internal.workflow;

import java.util.Arrays;
import java.util.Optional;

/** The workflow steps, named as in the API paths ({@code POST /news/{id}/publish}). */
public enum Transition {
    SUBMIT("submit", "submitted"),
    RETURN("return", "returned"),
    PUBLISH("publish", "published"),
    UNPUBLISH("unpublish", "unpublished"),
    RESTORE("restore", "restored_to_draft");

    private final String key;
    private final String action;

    Transition(String key, String action) {
        this.key = key;
        this.action = action;
    }

    public String key() {
        return key;
    }

    /** The revision's action; a publish that only schedules is recorded as {@code scheduled}. */
    public String action(boolean scheduled) {
        return this == PUBLISH && scheduled ? "scheduled" : action;
    }

    public static Optional<Transition> parse(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
