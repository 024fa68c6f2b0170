package org.hromada.documents.internal.sessions;

/** Whether a session is still to come, took place, or was called off. */
public enum SessionStatus implements Keyed {
    PLANNED("planned"),
    HELD("held"),
    CANCELLED("cancelled");

    private final String key;

    SessionStatus(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
