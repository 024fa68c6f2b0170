package org.hromada.requests.internal.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.deadlines.ExtensionCheck;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.deadlines.Term;
import org.hromada.requests.internal.entities.Answer;
import org.hromada.requests.internal.entities.Charge;
import org.hromada.requests.internal.entities.Extension;
import org.hromada.requests.internal.entities.Forwarding;
import org.hromada.requests.internal.entities.RequestEntity;
import org.hromada.requests.internal.model.Action;
import org.hromada.requests.internal.model.Fees;
import org.hromada.requests.internal.model.Keyed;
import org.hromada.requests.internal.model.RefusalGround;
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
            case CHARGE -> charge(r, (Transition.Charge) t);
            case PAID -> paid(r, (Transition.Paid) t, now);
            case ANSWER -> answer(r, (Transition.Answer) t);
            case REFUSE -> refuse(r, (Transition.Refuse) t, status, now);
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

    /**
     * The fee for the copies, told to the requester; the deadline runs on. A 422 on {@code pages} when no
     * fee is due (10 pages or fewer, no tariff, waived: then the answer goes without one), a 409 when the
     * fee was already charged and paid.
     */
    private Effect charge(RequestEntity r, Transition.Charge t) {
        if (r.getCharge() != null && r.getCharge().paid()) {
            throw ProblemException.conflict("The copying fee of this request was already charged and paid.");
        }
        BigDecimal fee = fees.fee(t.pages(), t.feeWaived());
        if (fee.signum() == 0) {
            throw ProblemException.invalid(List.of(new FieldError("pages", "no fee is due: copies of "
                    + Fees.FREE_PAGES + " pages or fewer, waived fees and a council without a tariff are free;"
                    + " answer the request instead")));
        }
        r.setCharge(new Charge(fee, t.pages(), t.paymentDetails(), t.chargedAt(), null, null));
        String reason = "Copying fee " + fee.toPlainString() + " UAH for " + t.pages() + " pages (Article 21)";
        return new Effect(new Change("charged", r.getDueOn(), r.getDueOn(), reason), "charged");
    }

    private Effect paid(RequestEntity r, Transition.Paid t, Instant now) {
        Charge charge = r.getCharge();
        LocalDate on = t.paidOn() == null ? RequestDeadlines.day(now) : t.paidOn();
        if (on.isBefore(RequestDeadlines.day(charge.chargedAt()))) {
            throw ProblemException.invalid(List.of(new FieldError("paidOn", "must not be before the fee was charged ("
                    + RequestDeadlines.day(charge.chargedAt()) + ")")));
        }
        r.setCharge(charge.withPayment(on, t.paymentReference()));
        String reason = "Copying fee " + charge.amount().toPlainString() + " UAH paid on " + on
                + (t.paymentReference() == null ? "" : " (" + t.paymentReference() + ")");
        return new Effect(new Change("paid", r.getDueOn(), r.getDueOn(), reason), null);
    }

    /**
     * Closes the request with its answer. Copies that cost a fee (Art. 21 part 2) are given only once it was
     * charged and paid, and the answer keeps the fee paid; copies within what was paid for need nothing more.
     */
    private Effect answer(RequestEntity r, Transition.Answer t) {
        Charge charge = r.getCharge();
        boolean paid = charge != null && charge.paid();
        int pages = t.pages() != null ? t.pages() : paid ? charge.pages() : 0;
        BigDecimal due = fees.fee(pages, t.feeWaived());
        if (due.signum() > 0 && !paid) {
            throw ProblemException.conflict("Copies of more than " + Fees.FREE_PAGES + " pages cost a fee of "
                    + due.toPlainString() + " UAH (Article 21): charge it first (action 'charge') and record the"
                    + " payment (action 'paid'), or waive it.");
        }
        if (paid && due.compareTo(charge.amount()) > 0) {
            throw ProblemException.conflict("The answer has more pages (" + pages + ") than the fee paid covers ("
                    + charge.pages() + "): charge the fee for all the copies.");
        }
        BigDecimal fee = paid ? charge.amount() : due;
        r.setAnswer(new Answer(t.text(), pages, fee, t.feeWaived()));
        r.setClosedAt(t.answeredAt());
        return new Effect(null, "answered");
    }

    /** A refusal for an unpaid fee (Art. 22 part 1 item 3) only once the fee was charged and is awaited. */
    private Effect refuse(RequestEntity r, Transition.Refuse t, Status status, Instant now) {
        if (RefusalGround.UNPAID.key().equals(t.refusal().ground()) && status != Status.AWAITING_PAYMENT) {
            throw ProblemException.invalid(List.of(new FieldError("ground", "unpaid applies only to a request"
                    + " awaiting the payment of its copying fee (action 'charge' first)")));
        }
        r.setRefusal(t.refusal());
        r.setClosedAt(now);
        return new Effect(null, "refused");
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
