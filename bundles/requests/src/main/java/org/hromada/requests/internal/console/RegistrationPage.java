package org.hromada.requests.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.model.Channel;
import org.hromada.requests.internal.model.Medium;
import org.hromada.requests.internal.model.UrgencyGround;
import org.hromada.requests.internal.web.Registered;
import org.hromada.requests.internal.web.SubmissionRequest;

/**
 * Registration by staff: the form, then a page with the number, the deadline and the tracking code,
 * shown this once (as the API answers it) for staff to pass on to the requester.
 */
final class RegistrationPage {
    private final RequestsRegister register;
    private final Clock clock;

    RegistrationPage(RequestsRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    ConsoleResponse form(ConsoleRequest request) {
        return page(request, RegistrationForm.empty(ConsoleForms.kyivInput(clock.instant())), 200, "");
    }

    ConsoleResponse register(ConsoleRequest request) {
        RegistrationForm form = RegistrationForm.of(request);
        Optional<SubmissionRequest> req = form.toRequest();
        if (req.isEmpty()) {
            return page(request, form, 422, "");
        }
        try {
            Registered r = register.register(req.get(), request.identity());
            Map<String, Object> model = new HashMap<>();
            model.put("base", request.sectionBase());
            model.put("href", request.sectionBase() + "/" + r.id());
            model.put("number", r.number());
            model.put("receivedAt", r.receivedAt());
            model.put("dueOn", ConsoleForms.text(r.dueOn()));
            model.put("code", r.trackingCode());
            return ConsoleResponse.page("requests.registered.title", RequestsSection.T + "registered.ftl", model);
        } catch (ProblemException e) {
            if (e.status() == 422 || e.status() == 400) {
                form.storeErrors(RegistrationForm.renamed(e.errors()));
                return page(request, form, 422, e.errors().isEmpty() ? Messages.text(request.locale(), "requests.error.invalid") : "");
            }
            if (e.status() == 409) {
                return page(request, form, 409, Conflicts.explain(e, request.locale()));
            }
            throw e;
        }
    }

    /** {@code problem}: the text of a refusal that concerns no field, "" for none. */
    private static ConsoleResponse page(ConsoleRequest request, RegistrationForm form, int status, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("base", request.sectionBase());
        model.put("formAction", request.sectionBase() + "/new");
        model.put("form", form.values());
        model.put("errors", form.errors());
        model.put("problem", problem);
        model.put("channels", Arrays.stream(Channel.values()).filter(c -> c != Channel.WEB).map(Channel::key).toList());
        model.put("grounds", RegisterPage.keys(UrgencyGround.values()));
        model.put("media", RegisterPage.keys(Medium.values()));
        return new ConsoleResponse.Page(status, "requests.new.title", RequestsSection.T + "new.ftl", model);
    }
}
