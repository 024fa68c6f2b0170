package org.hromada.requests.internal.model;

import java.util.Set;

/** What staff do with a request, and the statuses each action may start from. */
public enum Action implements Keyed {
    START("start", Set.of(Status.REGISTERED), Status.IN_PROGRESS),
    ANSWER("answer", Set.of(Status.IN_PROGRESS, Status.DEFERRED), Status.ANSWERED),
    REFUSE("refuse", Set.of(Status.IN_PROGRESS, Status.DEFERRED), Status.REFUSED),
    DEFER("defer", Set.of(Status.IN_PROGRESS), Status.DEFERRED),
    FORWARD("forward", Set.of(Status.REGISTERED, Status.IN_PROGRESS), Status.FORWARDED),
    /** An event on the deadline: the status stays. */
    EXTEND("extend", Set.of(Status.REGISTERED, Status.IN_PROGRESS), null);

    private final String key;
    private final Set<Status> from;
    private final Status to;

    Action(String key, Set<Status> from, Status to) {
        this.key = key;
        this.from = from;
        this.to = to;
    }

    @Override
    public String key() {
        return key;
    }

    public boolean allowedFrom(Status status) {
        return from.contains(status);
    }

    /** The status after the action: {@code current} for an extension. */
    public Status target(Status current) {
        return to == null ? current : to;
    }
}
