package org.hromada.disclosure.internal.console;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.disclosure.internal.attestations.AttestationRequest;
import org.hromada.disclosure.internal.attestations.AttestationRules;
import org.hromada.disclosure.internal.attestations.AttestationStore;
import org.hromada.disclosure.internal.checks.CheckRunner;
import org.hromada.disclosure.internal.checks.ResultStore;
import org.hromada.disclosure.internal.status.ItemState;
import org.hromada.disclosure.internal.status.Overview;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleSection;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /console/disclosure}: the Article 15 dashboard (every item, its status, evidence and advice, a
 * "check now" button) and the attestation form of each item, for administrators and editors.
 */
@Component(service = ConsoleSection.class)
public class DisclosureSection implements ConsoleSection {
    static final String T = "console/disclosure/";
    static final String BASE = "/console/disclosure";
    private static final int HISTORY = 10;
    private static final Logger LOG = LoggerFactory.getLogger(DisclosureSection.class);

    private final Overview overview;
    private final CheckRunner runner;
    private final AttestationStore attestations;
    private final ResultStore results;

    @Activate
    public DisclosureSection(@Reference Overview overview, @Reference CheckRunner runner,
                             @Reference AttestationStore attestations, @Reference ResultStore results) {
        this.overview = overview;
        this.runner = runner;
        this.attestations = attestations;
        this.results = results;
    }

    @Override
    public String id() {
        return "disclosure";
    }

    @Override
    public String menuKey() {
        return "disclosure.menu";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN, Roles.EDITOR);
    }

    @Override
    public ConsoleResponse handle(ConsoleRequest request) {
        try {
            return route(request);
        } catch (RuntimeException e) {
            LOG.error("Console {} {} failed", request.method(), request.sectionBase() + request.path(), e);
            return new ConsoleResponse.Problem(500, "disclosure.error.failed");
        }
    }

    private ConsoleResponse route(ConsoleRequest request) {
        List<String> s = request.segments();
        if (s.isEmpty() || s.size() == 1 && s.get(0).isEmpty()) {
            return request.isPost() ? ConsoleResponse.notFound() : dashboard(request);
        }
        if (s.size() != 1) {
            return ConsoleResponse.notFound();
        }
        if ("run".equals(s.get(0))) {
            if (!request.isPost()) {
                return ConsoleResponse.notFound();
            }
            runner.runAll();
            return ConsoleResponse.redirect(request.sectionBase(), "disclosure.ran");
        }
        Optional<ItemState> state = overview.state(s.get(0));
        if (state.isEmpty()) {
            return ConsoleResponse.notFound();
        }
        return request.isPost() ? attest(request, state.get()) : form(request, state.get(), Map.of(), 200);
    }

    private ConsoleResponse dashboard(ConsoleRequest request) {
        String lang = lang(request);
        List<ItemState> states = overview.states();
        Map<String, Object> model = new HashMap<>();
        model.put("items", states.stream().map(st -> ConsoleItems.of(st, lang)).toList());
        model.put("counts", Overview.counts(states));
        model.put("looks", ConsoleItems.LOOKS);
        states.stream().flatMap(st -> st.checks().stream()).map(r -> r.checkedAt())
                .max(Comparator.naturalOrder()).ifPresent(t -> model.put("lastRun", t));
        model.put("base", request.sectionBase());
        return ConsoleResponse.page("disclosure.title", T + "dashboard.ftl", model);
    }

    private ConsoleResponse form(ConsoleRequest request, ItemState state, Map<String, String> errors, int status) {
        String lang = lang(request);
        Map<String, Object> model = new HashMap<>();
        model.put("item", ConsoleItems.of(state, lang));
        model.put("errors", errors);
        model.put("statuses", List.of("compliant", "missing", "not_applicable"));
        Map<String, String> form = new LinkedHashMap<>();
        if (status == 200 && state.attestation() != null) {
            form.put("status", state.attestation().status());
            form.put("url", state.attestation().url());
            form.put("note", state.attestation().note());
            form.put("attestedOn", attestations.today().toString());
            form.put("reviewDays", String.valueOf(state.attestation().reviewDays()));
        } else if (status == 200) {
            form.put("attestedOn", attestations.today().toString());
            form.put("reviewDays", String.valueOf(AttestationRules.DEFAULT_REVIEW_DAYS));
        } else {
            for (String field : List.of("status", "url", "note", "attestedOn", "reviewDays")) {
                form.put(field, request.param(field).orElse(""));
            }
        }
        model.put("form", form);
        model.put("history", results.history(state.item().id(), 1, HISTORY).items().stream()
                .map(r -> Map.of("title", r.title().in(lang), "status", r.status(),
                        "look", ConsoleItems.LOOKS.getOrDefault(r.status(), "draft"), "summary", r.summary().in(lang),
                        "checkedAt", r.checkedAt())).toList());
        model.put("base", request.sectionBase());
        return new ConsoleResponse.Page(status, "disclosure.attest.page", T + "attest.ftl", model);
    }

    private ConsoleResponse attest(ConsoleRequest request, ItemState state) {
        Map<String, String> errors = new LinkedHashMap<>();
        AttestationRequest sent = AttestationForm.read(request, errors);
        try {
            AttestationRules.check(sent, attestations.today());
        } catch (ProblemException e) {
            e.errors().forEach(error -> errors.putIfAbsent(error.field(), "disclosure.error." + error.field()));
        }
        if (!errors.isEmpty()) {
            return form(request, state, errors, 422);
        }
        attestations.attest(state.item().id(), sent, request.identity());
        return ConsoleResponse.redirect(request.sectionBase() + "#item-" + state.item().id(), "disclosure.attested");
    }

    private static String lang(ConsoleRequest request) {
        return request.locale() != null && "en".equals(request.locale().getLanguage()) ? "en" : "uk";
    }
}
