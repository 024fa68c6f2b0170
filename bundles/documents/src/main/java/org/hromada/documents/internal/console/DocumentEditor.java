package org.hromada.documents.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.documents.internal.model.LeadTime;
import org.hromada.documents.internal.model.LinkType;
import org.hromada.documents.internal.model.Medium;
import org.hromada.documents.internal.web.AttachmentView;
import org.hromada.documents.internal.web.DocumentRequest;
import org.hromada.documents.internal.web.DocumentView;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.web.ProblemException;

/**
 * The document editor: create, edit, delete. The saved document's links and attachments are shown
 * below the form ({@link DocumentParts} changes them).
 */
final class DocumentEditor {
    private final DocumentsConsole services;
    private final Choices choices;

    DocumentEditor(DocumentsConsole services, Choices choices) {
        this.services = services;
        this.choices = choices;
    }

    ConsoleResponse newForm(ConsoleRequest request) {
        return page(request, null, DocumentForm.empty(request.param("kind").orElse("")), 200, null, Map.of());
    }

    ConsoleResponse edit(ConsoleRequest request, DocumentView d) {
        return page(request, d, DocumentForm.of(d), 200, null, Map.of());
    }

    ConsoleResponse create(ConsoleRequest request) {
        DocumentForm form = DocumentForm.of(request);
        Optional<DocumentRequest> req = form.toRequest(true);
        if (req.isEmpty()) {
            return page(request, null, form, 422, null, Map.of());
        }
        try {
            DocumentView created = services.documents.create(req.get(), request.identity());
            return ConsoleResponse.redirect(request.sectionBase() + "/" + created.id(), "documents.flash.created");
        } catch (ProblemException e) {
            return refused(request, null, form, e);
        }
    }

    ConsoleResponse save(ConsoleRequest request, DocumentView d) {
        DocumentForm form = DocumentForm.of(request);
        Optional<DocumentRequest> req = form.toRequest(false);
        if (req.isEmpty()) {
            return page(request, d, form, 422, null, Map.of());
        }
        try {
            services.documents.update(d.id(), req.get(), request.identity());
            return ConsoleResponse.redirect(request.sectionBase() + "/" + d.id(), "documents.flash.saved");
        } catch (ProblemException e) {
            return refused(request, d, form, e);
        }
    }

    ConsoleResponse confirmDelete(ConsoleRequest request, DocumentView d) {
        Map<String, Object> model = new HashMap<>();
        model.put("base", request.sectionBase());
        model.put("document", RegistryPage.row(d, choices.kindNames(request), request.sectionBase()));
        return ConsoleResponse.page("documents.delete.title", DocumentsSection.T + "delete.ftl", model);
    }

    ConsoleResponse delete(ConsoleRequest request, DocumentView d) {
        services.documents.delete(d.id(), request.identity());
        return ConsoleResponse.redirect(request.sectionBase(), "documents.flash.deleted");
    }

    /** A refusal of the store, shown on the form with everything typed still there. */
    ConsoleResponse refused(ConsoleRequest request, DocumentView d, DocumentForm form, ProblemException e) {
        if (StoreErrors.invalid(e)) {
            form.storeErrors("documents.error.store", e.errors());
            return page(request, d, form, 422, e.errors().isEmpty() ? "documents.error.invalid" : null, Map.of());
        }
        if (e.status() == 409 && StoreErrors.stale(e)) {
            return page(request, d, form, 409, "documents.error.stale", Map.of());
        }
        if (e.status() == 409) {
            form.error("number", "documents.error.numberTaken");
            return page(request, d, form, 409, null, Map.of());
        }
        throw e;
    }

    /**
     * The editor page; {@code extra} adds to the model (an upload's or a link's error).
     * A new document has no links or attachments yet.
     */
    ConsoleResponse page(ConsoleRequest request, DocumentView d, DocumentForm form, int status, String problemKey,
                         Map<String, Object> extra) {
        String base = request.sectionBase();
        Map<String, Object> model = new HashMap<>(extra);
        model.put("base", base);
        model.put("form", form.values());
        model.put("errors", form.errors());
        model.put("problem", problemKey == null ? "" : problemKey);
        model.put("isNew", d == null);
        model.put("kinds", choices.kinds(request));
        model.put("statuses", RegistryPage.statusKeys());
        model.put("leadTimes", Arrays.stream(LeadTime.values()).map(LeadTime::key).toList());
        model.put("media", Arrays.stream(Medium.values()).map(Medium::key).toList());
        if (d == null) {
            model.put("formAction", base + "/new");
            return new ConsoleResponse.Page(status, "documents.new.title", DocumentsSection.T + "edit.ftl", model);
        }
        String href = base + "/" + d.id();
        model.put("formAction", href);
        Map<String, String> kindNames = choices.kindNames(request);
        model.put("document", RegistryPage.row(d, kindNames, base));
        model.put("url", d.url() == null ? "" : d.url());
        model.put("deadline", Map.of("status", d.deadline() == null ? "no_date" : d.deadline().status(),
                "dueOn", d.deadline() == null ? "" : ConsoleForms.text(d.deadline().dueOn())));
        model.put("links", d.links().stream().map(l -> Map.<String, Object>of("id", l.id(), "type", l.type(),
                "href", base + "/" + l.document(), "label", kindNames.getOrDefault(l.kind(), l.kind()) + " № "
                        + l.number() + ": " + l.title(),
                "remove", href + "/links/" + l.id() + "/remove")).toList());
        model.put("linkTypes", linkTypes());
        String linkQ = request.param("linkQ").map(v -> ConsoleForms.cut(v, 200)).orElse("");
        model.put("linkQ", linkQ);
        model.put("targets", choices.documents(linkQ, Set.of(), d.id(), "—"));
        model.put("attachments", services.attachments.forDocument(d.id()).stream()
                .map(a -> attachment(a, href)).toList());
        model.putIfAbsent("uploadTitle", "");
        return new ConsoleResponse.Page(status, "documents.edit.title", DocumentsSection.T + "edit.ftl", model);
    }

    private static Map<String, Object> attachment(AttachmentView a, String href) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", a.id());
        view.put("filename", a.filename());
        view.put("title", a.title() == null ? "" : a.title());
        view.put("size", a.size());
        view.put("url", a.url() == null ? "" : a.url());
        view.put("textStatus", a.textStatus());
        view.put("textLength", a.textLength());
        view.put("textPreview", a.textPreview());
        view.put("remove", href + "/attachments/" + a.id() + "/remove");
        return view;
    }

    static List<String> linkTypes() {
        return Arrays.stream(LinkType.values()).map(LinkType::key).toList();
    }
}
