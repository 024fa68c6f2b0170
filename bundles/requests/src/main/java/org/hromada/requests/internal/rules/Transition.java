package org.hromada.requests.internal.rules;

import java.time.Instant;
import java.time.LocalDate;
import org.hromada.requests.internal.entities.Deferral;
import org.hromada.requests.internal.entities.Refusal;
import org.hromada.requests.internal.model.Action;

/** A checked transition, one record per action. */
public sealed interface Transition {

    Action action();

    record Start() implements Transition {
        public Action action() {
            return Action.START;
        }
    }

    /** {@code pages} null when not given: the pages charged for, if any, else none. */
    record Answer(String text, Instant answeredAt, Integer pages, boolean feeWaived) implements Transition {
        public Action action() {
            return Action.ANSWER;
        }
    }

    record Charge(int pages, boolean feeWaived, String paymentDetails, Instant chargedAt) implements Transition {
        public Action action() {
            return Action.CHARGE;
        }
    }

    /** {@code paidOn} null when not given: today. */
    record Paid(LocalDate paidOn, String paymentReference) implements Transition {
        public Action action() {
            return Action.PAID;
        }
    }

    record Refuse(Refusal refusal) implements Transition {
        public Action action() {
            return Action.REFUSE;
        }
    }

    record Defer(Deferral deferral) implements Transition {
        public Action action() {
            return Action.DEFER;
        }
    }

    record Extend(String reason, Instant noticeSentAt) implements Transition {
        public Action action() {
            return Action.EXTEND;
        }
    }

    record Forward(String holder, Instant forwardedAt) implements Transition {
        public Action action() {
            return Action.FORWARD;
        }
    }
}
