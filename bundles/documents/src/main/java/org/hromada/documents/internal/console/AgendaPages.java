package org.hromada.documents.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.documents.internal.sessions.ItemRequest;
import org.hromada.documents.internal.sessions.ItemResult;
import org.hromada.documents.internal.sessions.ItemView;
import org.hromada.documents.internal.sessions.SessionView;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.web.ProblemException;

/** An agenda item of a session: add, edit, remove. Its votes: {@link VotePages}. */
final class AgendaPages {
    private final DocumentsConsole services;
    private final Choices choices;

    AgendaPages(DocumentsConsole services, Choices choices) {
        this.services = services;
        this.choices = choices;
    }

    ConsoleResponse newForm(ConsoleRequest request, SessionView s) {
        return page(request, s, null, AgendaForm.empty(s.version()), 200, null);
    }

    ConsoleResponse edit(ConsoleRequest request, SessionView s, ItemView item) {
        return page(request, s, item, AgendaForm.of(item, s.version()), 200, null);
    }

    ConsoleResponse create(ConsoleRequest request, SessionView s) {
        AgendaForm form = AgendaForm.of(request);
        Optional<ItemRequest> req = form.toRequest();
        if (req.isEmpty()) {
            return page(request, s, null, form, 422, null);
        }
        try {
            long itemId = services.agenda.add(s.id(), req.get(), request.identity()).itemId();
            return ConsoleResponse.redirect(sessionHref(request, s) + "/items/" + itemId + "/votes",
                    "sessions.flash.itemAdded");
        } catch (ProblemException e) {
            return refused(request, s, null, form, e);
        }
    }

    ConsoleResponse save(ConsoleRequest request, SessionView s, ItemView item) {
        AgendaForm form = AgendaForm.of(request);
        Optional<ItemRequest> req = form.toRequest();
        if (req.isEmpty()) {
            return page(request, s, item, form, 422, null);
        }
        try {
            services.agenda.update(s.id(), item.id(), req.get(), request.identity());
            return ConsoleResponse.redirect(sessionHref(request, s) + "#agenda", "sessions.flash.itemSaved");
        } catch (ProblemException e) {
            return refused(request, s, item, form, e);
        }
    }

    ConsoleResponse remove(ConsoleRequest request, SessionView s, ItemView item) {
        services.agenda.remove(s.id(), item.id(), request.identity());
        return ConsoleResponse.redirect(sessionHref(request, s) + "#agenda", "sessions.flash.itemRemoved");
    }

    private ConsoleResponse refused(ConsoleRequest request, SessionView s, ItemView item, AgendaForm form,
                                    ProblemException e) {
        if (StoreErrors.invalid(e)) {
            form.storeErrors("sessions.error.store", e.errors());
            return page(request, s, item, form, 422, e.errors().isEmpty() ? "documents.error.invalid" : null);
        }
        if (e.status() == 409) {
            return page(request, s, item, form, 409, "documents.error.stale");
        }
        throw e;
    }

    private ConsoleResponse page(ConsoleRequest request, SessionView s, ItemView item, AgendaForm form, int status,
                                 String problem) {
        String sessionHref = sessionHref(request, s);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form.values());
        model.put("errors", form.errors());
        model.put("problem", problem == null ? "" : problem);
        model.put("isNew", item == null);
        model.put("session", SessionPages.summary(s, request.sectionBase()));
        model.put("results", java.util.Arrays.stream(ItemResult.values()).map(ItemResult::key).toList());
        Set<Long> chosen = new LinkedHashSet<>();
        ConsoleForms.id(form.value("draftDocumentId")).ifPresent(chosen::add);
        ConsoleForms.id(form.value("decisionDocumentId")).ifPresent(chosen::add);
        String q = request.param("q").map(v -> ConsoleForms.cut(v, 200)).orElse("");
        model.put("q", q);
        model.put("documents", choices.documents(q, chosen, -1, "—"));
        model.put("formAction", item == null ? sessionHref + "/items/new" : sessionHref + "/items/" + item.id());
        if (item != null) {
            model.put("item", SessionPages.item(item, sessionHref));
        }
        return new ConsoleResponse.Page(status, item == null ? "sessions.item.new" : "sessions.item.edit",
                SessionsSection.T + "item.ftl", model);
    }

    private static String sessionHref(ConsoleRequest request, SessionView s) {
        return request.sectionBase() + "/" + s.id();
    }
}
