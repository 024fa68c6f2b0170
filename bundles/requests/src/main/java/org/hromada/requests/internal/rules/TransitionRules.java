package org.hromada.requests.internal.rules;

import java.time.Instant;
import java.time.LocalDate;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.entities.Deferral;
import org.hromada.requests.internal.entities.Refusal;
import org.hromada.requests.internal.model.Action;
import org.hromada.requests.internal.model.Keyed;
import org.hromada.requests.internal.model.RefusalGround;
import org.hromada.requests.internal.web.TransitionRequest;

/**
 * The checks of a transition's fields: a refusal only on a ground of Art. 22 part 1 and with the
 * five elements of part 4, a deferral with the elements of parts 6-7, times neither before receipt
 * nor in the future. Whether the request's status allows the action is the store's check (409).
 */
public final class TransitionRules {
    static final int MAX_ANSWER = 100_000;
    static final int MAX_PAGES = 100_000;

    private TransitionRules() {
    }

    public static Transition check(TransitionRequest req, Instant receivedAt, Instant now) {
        Fields f = new Fields();
        Action action = Keyed.parse(Action.class, req.action()).orElse(null);
        if (action == null) {
            f.error("action", "must be one of " + Keyed.keys(Action.class));
            f.throwIfInvalid();
        }
        Transition t = switch (action) {
            case START -> new Transition.Start();
            case CHARGE -> charge(req, f, now);
            case PAID -> new Transition.Paid(paidOn(f, req.paidOn(), now),
                    f.optional(req.paymentReference(), "paymentReference", 200));
            case ANSWER -> answer(req, f, receivedAt, now);
            case REFUSE -> refuse(req, f, receivedAt, now);
            case DEFER -> defer(req, f, receivedAt, now);
            case EXTEND -> new Transition.Extend(f.required(req.reason(), "reason", 2000),
                    moment(f, req.noticeSentAt(), "noticeSentAt", receivedAt, now));
            case FORWARD -> new Transition.Forward(f.required(req.holder(), "holder", 300),
                    moment(f, req.forwardedAt(), "forwardedAt", receivedAt, now));
        };
        f.throwIfInvalid();
        return t;
    }

    private static Transition answer(TransitionRequest req, Fields f, Instant receivedAt, Instant now) {
        String text = f.required(req.answer(), "answer", MAX_ANSWER);
        Integer pages = req.pages();
        if (pages != null && (pages < 0 || pages > MAX_PAGES)) {
            f.error("pages", "must be between 0 and " + MAX_PAGES);
        }
        return new Transition.Answer(text, moment(f, req.answeredAt(), "answeredAt", receivedAt, now), pages,
                Boolean.TRUE.equals(req.feeWaived()));
    }

    /** The fee's pages and where to pay; whether any fee is due at all is the store's check (it knows the tariff). */
    private static Transition charge(TransitionRequest req, Fields f, Instant now) {
        int pages = req.pages() == null ? 0 : req.pages();
        if (req.pages() == null) {
            f.error("pages", "is required: the number of pages copied");
        } else if (pages < 1 || pages > MAX_PAGES) {
            f.error("pages", "must be between 1 and " + MAX_PAGES);
        }
        String details = f.required(req.paymentDetails(), "paymentDetails", 2000);
        return new Transition.Charge(pages, Boolean.TRUE.equals(req.feeWaived()), details, now);
    }

    /** The day the fee was paid, or null for today; not in the future (whether it follows the charge is the store's check). */
    private static LocalDate paidOn(Fields f, String value, Instant now) {
        LocalDate on = f.date(value, "paidOn", null);
        if (on != null && on.isAfter(RequestDeadlines.day(now))) {
            f.error("paidOn", "must not be in the future");
        }
        return on;
    }

    private static Transition refuse(TransitionRequest req, Fields f, Instant receivedAt, Instant now) {
        RefusalGround ground = Keyed.parse(RefusalGround.class, req.ground()).orElse(null);
        if (ground == null) {
            f.error("ground", "a refusal needs one of the grounds of Article 22 part 1: " + Keyed.keys(RefusalGround.class));
        }
        LocalDate on = day(f, req.refusedOn(), "refusedOn", receivedAt, now);
        return new Transition.Refuse(new Refusal(ground == null ? null : ground.key(),
                f.required(req.officialName(), "officialName", 300),
                f.required(req.officialPosition(), "officialPosition", 300), on,
                f.required(req.reason(), "reason", 4000),
                f.required(req.appealProcedure(), "appealProcedure", 2000),
                f.required(req.signature(), "signature", 300)));
    }

    private static Transition defer(TransitionRequest req, Fields f, Instant receivedAt, Instant now) {
        LocalDate noticeOn = day(f, req.noticeOn(), "noticeOn", receivedAt, now);
        LocalDate until = f.date(req.until(), "until", null);
        if (until == null && (req.until() == null || req.until().isBlank())) {
            f.error("until", "is required: the date by which the request will be met");
        } else if (until != null && !until.isAfter(noticeOn)) {
            f.error("until", "must be after the date of the notice");
        }
        return new Transition.Defer(new Deferral(f.required(req.officialName(), "officialName", 300),
                f.required(req.officialPosition(), "officialPosition", 300), noticeOn,
                f.required(req.reason(), "reason", 4000), until,
                f.required(req.appealProcedure(), "appealProcedure", 2000),
                f.required(req.signature(), "signature", 300)));
    }

    /** An instant given or now, neither before the request came nor in the future. */
    private static Instant moment(Fields f, String value, String field, Instant receivedAt, Instant now) {
        Instant at = f.instant(value, field, now);
        if (at.isBefore(receivedAt)) {
            f.error(field, "must not be before the request was received");
        } else if (at.isAfter(now)) {
            f.error(field, "must not be in the future");
        }
        return at;
    }

    private static LocalDate day(Fields f, String value, String field, Instant receivedAt, Instant now) {
        LocalDate today = RequestDeadlines.day(now);
        LocalDate on = f.date(value, field, today);
        if (on.isBefore(RequestDeadlines.day(receivedAt))) {
            f.error(field, "must not be before the request was received");
        } else if (on.isAfter(today)) {
            f.error(field, "must not be in the future");
        }
        return on;
    }
}
