package org.hromada.requests.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.requests.internal.web.RequestView;
import org.hromada.requests.internal.web.SubmissionRequest;
import org.hromada.requests.internal.web.TransitionRequest;

/**
 * The form of one action on a request, with the fields the store's transition reads (times on Kyiv's
 * clock, dates as typed, so the store's own checks report them). {@code assign} and {@code start} also
 * carry the department and the person, written as an edit of the request before it starts.
 */
final class TransitionForm extends Form {
    static final String ASSIGN = "assign";
    static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry(ASSIGN, List.of("department", "assignee")),
            Map.entry("start", List.of("department", "assignee")),
            Map.entry("charge", List.of("pages", "feeWaived", "paymentDetails")),
            Map.entry("paid", List.of("paidOn", "paymentReference")),
            Map.entry("answer", List.of("answer", "answeredAt", "pages", "feeWaived")),
            Map.entry("refuse", List.of("ground", "officialName", "officialPosition", "refusedOn", "reason",
                    "appealProcedure", "signature")),
            Map.entry("defer", List.of("officialName", "officialPosition", "noticeOn", "reason", "until",
                    "appealProcedure", "signature")),
            Map.entry("extend", List.of("reason", "noticeSentAt")),
            Map.entry("forward", List.of("holder", "forwardedAt")));

    private final String action;

    private TransitionForm(String action, Map<String, String> values) {
        super(FIELDS.get(action), values);
        this.action = action;
    }

    static TransitionForm of(String action, ConsoleRequest request) {
        Map<String, String> values = ConsoleForms.values(request, FIELDS.get(action));
        if (values.containsKey("feeWaived")) {
            values.put("feeWaived", ConsoleForms.checkbox(request.params("feeWaived")) ? "true" : "");
        }
        return new TransitionForm(action, values);
    }

    /** The form as first shown: the assignment as it stands, the rest empty (the store takes now and today). */
    static TransitionForm empty(String action, RequestView r) {
        Map<String, String> values = new HashMap<>();
        if (FIELDS.get(action).contains("department")) {
            values.put("department", ConsoleForms.text(r.department()));
            values.put("assignee", ConsoleForms.text(r.assignee()));
        }
        if ("answer".equals(action) && r.fee() != null && r.fee().paid()) {
            values.put("pages", ConsoleForms.text(r.fee().pages()));
        }
        return new TransitionForm(action, values);
    }

    String action() {
        return action;
    }

    /** Whether the action changes who handles the request (an edit before any transition). */
    boolean assigns() {
        return FIELDS.get(action).contains("department");
    }

    /** The store's transition, or empty when a number or a time cannot be read ({@link #errors()} says which). */
    Optional<TransitionRequest> toRequest() {
        Integer pages = count("pages");
        String answeredAt = instant("answeredAt");
        String noticeSentAt = instant("noticeSentAt");
        String forwardedAt = instant("forwardedAt");
        if (!errors().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TransitionRequest(action, trimmed("answer"), answeredAt, pages,
                FIELDS.get(action).contains("feeWaived") ? !value("feeWaived").isEmpty() : null, trimmed("ground"),
                trimmed("officialName"), trimmed("officialPosition"), trimmed("reason"), trimmed("appealProcedure"),
                trimmed("signature"), trimmed("refusedOn"), trimmed("noticeOn"), trimmed("until"), noticeSentAt,
                trimmed("holder"), forwardedAt, trimmed("paymentDetails"), trimmed("paidOn"),
                trimmed("paymentReference")));
    }

    /** The request's details as they are, with the department and person of this form: the edit that assigns. */
    SubmissionRequest assignment(RequestView r) {
        return new SubmissionRequest(r.requester().name(), r.requester().email(), r.requester().postalAddress(),
                r.requester().phone(), r.description(), r.urgent(), r.urgency() == null ? null : r.urgency().ground(),
                r.urgency() == null ? null : r.urgency().justification(), null, null, null, trimmed("department"),
                trimmed("assignee"), null, null, null, null, null);
    }

    /** Whether the department or the person differs from the request's. */
    boolean changesAssignment(RequestView r) {
        return !ConsoleForms.text(r.department()).equals(value("department").strip())
                || !ConsoleForms.text(r.assignee()).equals(value("assignee").strip());
    }
}
