package org.hromada.requests.internal.model;

import java.util.Set;

/** What staff do with a request, and the statuses each action may start from. */
public enum Action implements Keyed {
    START("start", Set.of(Status.REGISTERED), Status.IN_PROGRESS),
    ANSWER("answer", Set.of(Status.IN_PROGRESS, Status.DEFERRED), Status.ANSWERED),
    /** The copying fee of Art. 21 is set: the requester is told the amount and where to pay it. */
    CHARGE("charge", Set.of(Status.IN_PROGRESS, Status.DEFERRED), Status.AWAITING_PAYMENT),
    /** The fee was paid: handling goes on. */
    PAID("paid", Set.of(Status.AWAITING_PAYMENT), Status.IN_PROGRESS),
    /** From awaiting payment too: ground {@code unpaid} (Art. 22 part 1 item 3) only from there. */
    REFUSE("refuse", Set.of(Status.IN_PROGRESS, Status.DEFERRED, Status.AWAITING_PAYMENT), Status.REFUSED),
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
