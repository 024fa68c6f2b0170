package org.hromada.requests.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.deadlines.ExtensionCheck;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.deadlines.Term;
import org.hromada.requests.internal.entities.Answer;
import org.hromada.requests.internal.entities.Extension;
import org.hromada.requests.internal.entities.Forwarding;
import org.hromada.requests.internal.entities.RequestEntity;
import org.hromada.requests.internal.model.Action;
import org.hromada.requests.internal.model.Fees;
import org.hromada.requests.internal.model.Keyed;
import org.hromada.requests.internal.model.Status;
import org.hromada.requests.internal.rules.Transition;

/**
 * Applies a checked transition to a request: its status, outcome and deadline. A transition the
 * request's status does not allow, a second extension or one whose notice came too late is a 409
 * with the reason. No database: the store writes what this returns.
 */
final class Handling {
    private final RequestDeadlines deadlines;
    private final Fees fees;

    Handling(RequestDeadlines deadlines, Fees fees) {
        this.deadlines = deadlines;
        this.fees = fees;
    }

    Effect apply(RequestEntity r, Transition t, Instant now) {
        Status status = status(r);
        Action action = t.action();
        if (!action.allowedFrom(status)) {
            throw ProblemException.conflict("A request that is " + status.key() + " cannot take the action '"
                    + action.key() + "'.");
        }
        Effect effect = switch (action) {
            case START -> new Effect(null, null);
            case ANSWER -> answer(r, (Transition.Answer) t);
            case REFUSE -> {
                r.setRefusal(((Transition.Refuse) t).refusal());
                r.setClosedAt(now);
                yield new Effect(null, "refused");
            }
            case DEFER -> defer(r, (Transition.Defer) t);
            case EXTEND -> extend(r, (Transition.Extend) t);
            case FORWARD -> forward(r, (Transition.Forward) t);
        };
        r.setStatus(action.target(status).key());
        r.setUpdatedAt(now);
        return effect;
    }

    static Status status(RequestEntity r) {
        return Keyed.parse(Status.class, r.getStatus()).orElseThrow(
                () -> new IllegalStateException("Request " + r.getId() + " has an unknown status " + r.getStatus()));
    }

    private Effect answer(RequestEntity r, Transition.Answer t) {
        r.setAnswer(new Answer(t.text(), t.pages(), fees.fee(t.pages(), t.feeWaived()), t.feeWaived()));
        r.setClosedAt(t.answeredAt());
        return new Effect(null, "answered");
    }

    private Effect defer(RequestEntity r, Transition.Defer t) {
        LocalDate before = r.getDueOn();
        Term term = deadlines.deferredTo(t.deferral().until());
        r.setDeferral(t.deferral());
        r.setDue(term.dueOn(), term.dueAt());
        return new Effect(new Change("deferred", before, term.dueOn(), t.deferral().reason()), "deferred");
    }

    private Effect extend(RequestEntity r, Transition.Extend t) {
        if (r.getExtension() != null) {
            throw ProblemException.conflict("The request was already extended; the law allows one extension to 20 working days.");
        }
        ExtensionCheck check = deadlines.extension(r.getReceivedAt(), t.noticeSentAt());
        if (!check.allowed()) {
            throw ProblemException.conflict(check.refusal());
        }
        LocalDate before = r.getDueOn();
        Term term = deadlines.extended(r.getReceivedAt());
        r.setExtension(new Extension(t.reason(), t.noticeSentAt()));
        r.setDue(term.dueOn(), term.dueAt());
        return new Effect(new Change("extended", before, term.dueOn(), t.reason()), "extended");
    }

    private Effect forward(RequestEntity r, Transition.Forward t) {
        LocalDate before = r.getDueOn();
        r.setForwarding(new Forwarding(t.holder(), t.forwardedAt()));
        r.setDue(null, null);
        r.setClosedAt(t.forwardedAt());
        return new Effect(new Change("forwarded", before, null, "Forwarded to " + t.holder()), "forwarded");
    }
}
