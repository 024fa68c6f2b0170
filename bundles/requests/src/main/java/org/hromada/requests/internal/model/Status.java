package org.hromada.requests.internal.model;

import java.util.Set;

/**
 * Where a request stands. Registered and in progress requests run against their deadline, and so
 * does a deferred one (against the date it was deferred to) and one awaiting the payment of its
 * copying fee (Art. 21: the law does not stop the clock for it); the others are closed.
 */
public enum Status implements Keyed {
    REGISTERED("registered"), IN_PROGRESS("in_progress"), ANSWERED("answered"), REFUSED("refused"),
    DEFERRED("deferred"), FORWARDED("forwarded"),
    AWAITING_PAYMENT("awaiting_payment");

    /** The statuses whose deadline still runs. */
    public static final Set<Status> OPEN = Set.of(REGISTERED, IN_PROGRESS, DEFERRED, AWAITING_PAYMENT);

    private final String key;

    Status(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** Whether the stored status {@code key} is one whose deadline still runs. */
    public static boolean isOpen(String key) {
        return OPEN.stream().anyMatch(s -> s.key.equals(key));
    }
}
