package org.hromada.requests.internal.console;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.model.RefusalGround;
import org.hromada.requests.internal.model.Status;
import org.hromada.requests.internal.web.RequestView;
import org.hromada.requests.internal.web.TransitionRequest;

/**
 * The form of one action on a request ({@code /console/requests/<id>/<action>}), offered only while the
 * request's status allows it. Assigning is an edit of the request; the others are the store's
 * transitions, and starting does both. Field errors go beside their fields, a 409 is told in words.
 */
final class ActionPage {
    private final RequestsRegister register;
    private final Clock clock;

    ActionPage(RequestsRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /** Whether the path segment names an action this page has a form for. */
    static boolean known(String action) {
        return TransitionForm.FIELDS.containsKey(action);
    }

    ConsoleResponse form(ConsoleRequest request, RequestView r, String action) {
        if (!RequestPage.actions(r).contains(action)) {
            return ConsoleResponse.conflict("requests.error.notAllowedNow");
        }
        return page(request, r, TransitionForm.empty(action, r), 200, "");
    }

    ConsoleResponse act(ConsoleRequest request, RequestView r, String action) {
        TransitionForm form = TransitionForm.of(action, request);
        if (!RequestPage.actions(r).contains(action)) {
            return page(request, r, form, 409, Messages.text(request.locale(), "requests.error.notAllowedNow"));
        }
        Optional<TransitionRequest> transition = form.toRequest();
        if (transition.isEmpty()) {
            return page(request, r, form, 422, "");
        }
        try {
            if (form.assigns() && form.changesAssignment(r)) {
                register.update(r.id(), form.assignment(r), request.identity());
            }
            if (!TransitionForm.ASSIGN.equals(action)) {
                register.transition(r.id(), transition.get(), request.identity());
            }
            return ConsoleResponse.redirect(request.sectionBase() + "/" + r.id(), "requests.flash." + action);
        } catch (ProblemException e) {
            if (e.status() == 422 || e.status() == 400) {
                form.storeErrors(e.errors());
                return page(request, r, form, 422,
                        e.errors().isEmpty() ? Messages.text(request.locale(), "requests.error.invalid") : "");
            }
            if (e.status() == 409) {
                return page(request, r, form, 409, Conflicts.explain(e, request.locale()));
            }
            throw e;
        }
    }

    /** {@code problem}: the text of a refusal that concerns no field, "" for none. */
    private ConsoleResponse page(ConsoleRequest request, RequestView r, TransitionForm form, int status, String problem) {
        String href = request.sectionBase() + "/" + r.id();
        Map<String, Object> model = new HashMap<>();
        model.put("base", request.sectionBase());
        model.put("request", Rows.row(r, request.sectionBase(), RequestDeadlines.day(clock.instant())));
        model.put("action", form.action());
        model.put("formAction", href + "/" + form.action());
        model.put("form", form.values());
        model.put("errors", form.errors());
        model.put("problem", problem);
        model.put("grounds", RegisterPage.keys(RefusalGround.values()).stream()
                .filter(g -> !RefusalGround.UNPAID.key().equals(g) || Status.AWAITING_PAYMENT.key().equals(r.status()))
                .toList());
        model.put("incomplete", r.unsignedOrUndated());
        return new ConsoleResponse.Page(status, "requests.action." + form.action(), RequestsSection.T + "action.ftl",
                model);
    }
}
