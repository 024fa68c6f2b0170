package org.hromada.documents.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.documents.internal.sessions.BodyKind;
import org.hromada.documents.internal.sessions.DocumentRef;
import org.hromada.documents.internal.sessions.ItemView;
import org.hromada.documents.internal.sessions.SessionQuery;
import org.hromada.documents.internal.sessions.SessionRequest;
import org.hromada.documents.internal.sessions.SessionStatus;
import org.hromada.documents.internal.sessions.SessionView;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;

/** The sessions: the list newest first, and the session editor with its agenda (items: {@link AgendaPages}). */
final class SessionPages {
    static final int PAGE_SIZE = 20;

    private final DocumentsConsole services;
    private final Choices choices;

    SessionPages(DocumentsConsole services, Choices choices) {
        this.services = services;
        this.choices = choices;
    }

    ConsoleResponse list(ConsoleRequest request) {
        PageResult<SessionView> result = services.sessions.list(new SessionQuery(null, null, null, null, null,
                ConsoleForms.page(request), PAGE_SIZE, false));
        Map<String, Object> model = new HashMap<>();
        model.put("base", request.sectionBase());
        model.put("items", result.items().stream().map(s -> summary(s, request.sectionBase())).toList());
        model.put("total", result.total());
        model.put("page", result.page());
        model.put("size", result.size());
        return ConsoleResponse.page("sessions.list.title", SessionsSection.T + "sessions.ftl", model);
    }

    ConsoleResponse newForm(ConsoleRequest request) {
        return page(request, null, SessionForm.empty(), 200, null);
    }

    ConsoleResponse edit(ConsoleRequest request, SessionView s) {
        return page(request, s, SessionForm.of(s), 200, null);
    }

    ConsoleResponse create(ConsoleRequest request) {
        SessionForm form = SessionForm.of(request);
        Optional<SessionRequest> req = form.toRequest(true);
        if (req.isEmpty()) {
            return page(request, null, form, 422, null);
        }
        try {
            SessionView created = services.sessions.create(req.get(), request.identity());
            return ConsoleResponse.redirect(request.sectionBase() + "/" + created.id(), "sessions.flash.created");
        } catch (ProblemException e) {
            return refused(request, null, form, e);
        }
    }

    ConsoleResponse save(ConsoleRequest request, SessionView s) {
        SessionForm form = SessionForm.of(request);
        Optional<SessionRequest> req = form.toRequest(false);
        if (req.isEmpty()) {
            return page(request, s, form, 422, null);
        }
        try {
            services.sessions.update(s.id(), req.get(), request.identity());
            return ConsoleResponse.redirect(request.sectionBase() + "/" + s.id(), "sessions.flash.saved");
        } catch (ProblemException e) {
            return refused(request, s, form, e);
        }
    }

    ConsoleResponse confirmDelete(ConsoleRequest request, SessionView s) {
        Map<String, Object> model = new HashMap<>();
        model.put("session", summary(s, request.sectionBase()));
        return ConsoleResponse.page("sessions.delete.title", SessionsSection.T + "session-delete.ftl", model);
    }

    ConsoleResponse delete(ConsoleRequest request, SessionView s) {
        try {
            services.sessions.delete(s.id(), request.identity());
            return ConsoleResponse.redirect(request.sectionBase(), "sessions.flash.deleted");
        } catch (ProblemException e) {
            if (e.status() == 409 && !StoreErrors.stale(e)) {
                return page(request, s, SessionForm.of(s), 409, "sessions.error.retention");
            }
            throw e;
        }
    }

    private ConsoleResponse refused(ConsoleRequest request, SessionView s, SessionForm form, ProblemException e) {
        if (StoreErrors.invalid(e)) {
            form.storeErrors("sessions.error.store", e.errors());
            return page(request, s, form, 422, e.errors().isEmpty() ? "documents.error.invalid" : null);
        }
        if (e.status() == 409) {
            return page(request, s, form, 409, StoreErrors.stale(e) ? "documents.error.stale" : "sessions.error.taken");
        }
        throw e;
    }

    private ConsoleResponse page(ConsoleRequest request, SessionView s, SessionForm form, int status, String problem) {
        String base = request.sectionBase();
        Map<String, Object> model = new HashMap<>();
        model.put("base", base);
        model.put("form", form.values());
        model.put("errors", form.errors());
        model.put("problem", problem == null ? "" : problem);
        model.put("isNew", s == null);
        model.put("bodyKinds", Arrays.stream(BodyKind.values()).map(BodyKind::key).toList());
        model.put("statuses", Arrays.stream(SessionStatus.values()).map(SessionStatus::key).toList());
        Set<Long> chosen = ConsoleForms.id(form.value("protocolDocumentId")).map(Set::of).orElse(Set.of());
        String q = request.param("q").map(v -> ConsoleForms.cut(v, 200)).orElse("");
        model.put("q", q);
        model.put("protocols", choices.documents(q, chosen, -1, "—"));
        if (s == null) {
            model.put("formAction", base + "/new");
            return new ConsoleResponse.Page(status, "sessions.new.title", SessionsSection.T + "session.ftl", model);
        }
        String href = base + "/" + s.id();
        model.put("formAction", href);
        model.put("session", summary(s, base));
        model.put("items", s.items() == null ? List.of() : s.items().stream().map(i -> item(i, href)).toList());
        return new ConsoleResponse.Page(status, "sessions.edit.title", SessionsSection.T + "session.ftl", model);
    }

    static Map<String, Object> summary(SessionView s, String base) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", s.id());
        view.put("href", base + "/" + s.id());
        view.put("bodyKind", s.bodyKind());
        view.put("bodyName", s.bodyName());
        view.put("convocation", ConsoleForms.text(s.convocation()));
        view.put("number", s.number());
        view.put("title", ConsoleForms.text(s.title()));
        view.put("heldOn", ConsoleForms.text(s.heldOn()));
        view.put("status", s.status());
        view.put("published", s.publishedAt() != null);
        view.put("url", s.url() == null ? "" : s.url());
        return view;
    }

    static Map<String, Object> item(ItemView i, String sessionHref) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", i.id());
        view.put("href", sessionHref + "/items/" + i.id());
        view.put("position", i.position());
        view.put("title", i.title());
        view.put("result", i.result());
        view.put("secretBallot", i.secretBallot());
        view.put("draft", document(i.draft()));
        view.put("decision", document(i.decision()));
        view.put("totals", i.totals() == null ? Map.of() : i.totals());
        view.put("votes", i.votes() == null ? 0 : i.votes().size());
        return view;
    }

    private static String document(DocumentRef d) {
        return d == null ? "" : "№ " + d.number() + ": " + ConsoleForms.cut(d.title(), 80);
    }
}
