package org.hromada.content.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.Languages;
import org.hromada.content.internal.model.Status;
import org.hromada.content.internal.web.ContentView;
import org.hromada.content.internal.web.ItemRequest;
import org.hromada.content.internal.web.PublishRequest;
import org.hromada.content.internal.workflow.Transition;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleSection;
import org.hromada.platform.api.media.MediaLibrary;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console pages of one content type, the same for all four (each subclass names its type, as the
 * REST resources do): routing, create and edit, workflow steps and the cover here; the list in
 * {@link ListPage}, previews in {@link PreviewPages}, revisions in {@link RevisionPages}, the media
 * picker in {@link MediaPages}.
 * Everything a user can type ends as a page, never as an exception.
 */
public abstract class ContentSection implements ConsoleSection {
    private static final Logger LOG = LoggerFactory.getLogger(ContentSection.class);
    static final int PAGE_SIZE = 20;
    static final String T = "console/content/";

    private final ContentType type;
    private final int order;
    private final ContentConsole services;
    private final RevisionPages revisionPages;
    private final MediaPages mediaPages;
    private final ListPage listPage;
    private final PreviewPages previewPages;

    protected ContentSection(ContentType type, int order, ContentConsole services) {
        this.type = type;
        this.order = order;
        this.services = services;
        this.revisionPages = new RevisionPages(type, services);
        this.mediaPages = new MediaPages(type, services);
        this.listPage = new ListPage(type, services);
        this.previewPages = new PreviewPages(type, services);
    }

    @Override
    public String id() {
        return type.segment();
    }

    @Override
    public String menuKey() {
        return "content." + type.segment() + ".menu";
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR);
    }

    @Override
    public ConsoleResponse handle(ConsoleRequest request) {
        try {
            return route(request);
        } catch (ProblemException e) {
            return problem(e);
        } catch (RuntimeException e) {
            LOG.error("Console {} {} failed", request.method(), request.sectionBase() + request.path(), e);
            return new ConsoleResponse.Problem(500, "content.error.failed");
        }
    }

    private ConsoleResponse route(ConsoleRequest request) {
        List<String> s = request.segments();
        if (s.isEmpty() || s.size() == 1 && s.get(0).isEmpty()) {
            return request.isPost() ? ConsoleResponse.notFound() : listPage.list(request);
        }
        String first = s.get(0);
        if (s.size() == 1 && "editor.js".equals(first)) {
            return script();
        }
        if (s.size() == 1 && "media".equals(first)) {
            return request.isPost() ? mediaPages.upload(request) : mediaPages.media(request, new HashMap<>(), 200);
        }
        if ("new".equals(first)) {
            if (s.size() == 1) {
                return request.isPost() ? create(request) : edit(request, null, newForm(request), 200, null);
            }
            if (s.size() == 2 && "preview".equals(s.get(1)) && request.isPost()) {
                return previewPages.previewForm(request, null);
            }
            return ConsoleResponse.notFound();
        }
        Optional<Long> id = ConsoleViews.id(first);
        if (id.isEmpty()) {
            return ConsoleResponse.notFound();
        }
        Optional<ContentView> found = services.store.find(type, id.get(), request.identity());
        if (found.isEmpty()) {
            return ConsoleResponse.notFound();
        }
        ContentView item = found.get();
        if (s.size() == 1) {
            return request.isPost() ? save(request, item) : edit(request, item, ItemForm.of(item), 200, null);
        }
        String second = s.get(1);
        if (s.size() == 2) {
            return switch (second) {
                case "preview" -> request.isPost() ? previewPages.previewForm(request, item) : previewPages.saved(item);
                case "action" -> request.isPost() ? action(request, item) : ConsoleResponse.notFound();
                case "delete" -> request.isPost() ? delete(request, item) : confirmDelete(request, item);
                case "cover" -> request.isPost() ? cover(request, item) : ConsoleResponse.notFound();
                case "revisions" -> request.isPost() ? ConsoleResponse.notFound() : revisionPages.revisions(request, item);
                default -> ConsoleResponse.notFound();
            };
        }
        if ("revisions".equals(second) && s.size() <= 4) {
            Optional<Long> number = ConsoleViews.id(s.get(2));
            if (number.isEmpty() || number.get() > Integer.MAX_VALUE) {
                return ConsoleResponse.notFound();
            }
            int n = number.get().intValue();
            if (s.size() == 3 && !request.isPost()) {
                return revisionPages.diff(request, item, n);
            }
            if (s.size() == 4 && "restore".equals(s.get(3))) {
                return request.isPost() ? revisionPages.restore(request, item, n) : revisionPages.confirmRestore(request, item, n);
            }
        }
        return ConsoleResponse.notFound();
    }

    // ---- create, edit, save

    private ConsoleResponse edit(ConsoleRequest request, ContentView item, ItemForm form, int status,
                                 String problemKey) {
        Identity who = request.identity();
        Map<String, Object> model = ConsoleViews.base(type, request);
        model.put("form", form.values());
        Map<String, String> errors = new LinkedHashMap<>(form.errors());
        model.put("errors", errors);
        model.put("problem", problemKey == null ? "" : problemKey);
        model.put("isNew", item == null);
        model.put("isPage", type == ContentType.PAGE);
        MediaLibrary media = services.media;
        model.put("mediaAvailable", media != null);
        model.put("previewAvailable", services.sitePreview != null);
        model.put("cover", MediaPages.coverView(media, form.value("coverId")));
        if (item == null) {
            model.put("canEdit", true);
            model.put("actions", List.of());
            model.put("formAction", request.sectionBase() + "/new");
            model.put("previewAction", request.sectionBase() + "/new/preview");
            model.put("mediaLink", request.sectionBase() + "/media?kind=image");
        } else {
            Status current = Status.ofKey(item.status());
            model.put("item", ConsoleViews.summary(item, request.sectionBase()));
            model.put("canEdit", Actions.mayEdit(who, item.author(), current));
            model.put("actions", Actions.available(who, item.author(), current));
            model.put("formAction", request.sectionBase() + "/" + item.id());
            model.put("previewAction", request.sectionBase() + "/" + item.id() + "/preview");
            model.put("mediaLink", request.sectionBase() + "/media?kind=image&for=" + item.id());
        }
        String title = item == null ? "content." + type.segment() + ".new" : "content.edit.title";
        return new ConsoleResponse.Page(status, title, T + "edit.ftl", model);
    }

    /** A new item's form: Ukrainian unless asked otherwise; {@code translationOf} links it to an item. */
    private static ItemForm newForm(ConsoleRequest request) {
        ItemForm form = ItemForm.empty(request.param("language").orElse(Languages.UK));
        request.param("translationOf").flatMap(ConsoleViews::id)
                .ifPresent(id -> form.values().put("translationOf", id.toString()));
        return form;
    }

    private ConsoleResponse create(ConsoleRequest request) {
        ItemForm form = ItemForm.of(request);
        Optional<ItemRequest> req = form.toRequest(type, true);
        if (req.isEmpty()) {
            return edit(request, null, form, 422, null);
        }
        try {
            ContentView created = services.store.create(type, req.get(), request.identity());
            return ConsoleResponse.redirect(request.sectionBase() + "/" + created.id(), "content.flash.created");
        } catch (ProblemException e) {
            return formProblem(request, null, form, e);
        }
    }

    private ConsoleResponse save(ConsoleRequest request, ContentView item) {
        ItemForm form = ItemForm.of(request);
        Optional<ItemRequest> req = form.toRequest(type, false);
        if (req.isEmpty()) {
            return edit(request, item, form, 422, null);
        }
        try {
            services.store.update(type, item.id(), req.get(), request.identity(), form.emptied());
            return ConsoleResponse.redirect(request.sectionBase() + "/" + item.id(), "content.flash.saved");
        } catch (ProblemException e) {
            return formProblem(request, item, form, e);
        }
    }

    /** A refusal of the store, shown on the form with everything typed still there. */
    private ConsoleResponse formProblem(ConsoleRequest request, ContentView item, ItemForm form, ProblemException e) {
        if (e.status() == 422 || e.status() == 400) {
            form.storeErrors(e.errors());
            return edit(request, item, form, 422, e.errors().isEmpty() ? "content.error.invalid" : null);
        }
        if (e.status() == 409) {
            String detail = e.detail() == null ? "" : e.detail();
            if (detail.contains("slug")) {
                form.error("slug", "content.error.slugTaken");
                return edit(request, item, form, 409, null);
            }
            if (detail.contains("translation")) {
                form.error("translationOf", "content.error.translationTaken");
                return edit(request, item, form, 409, null);
            }
            return edit(request, item, form, 409, "content.error.stale");
        }
        if (e.status() == 403) {
            return edit(request, item, form, 403, "content.error.forbidden");
        }
        if (e.status() == 404) {
            return ConsoleResponse.notFound();
        }
        throw e;
    }

    private ConsoleResponse confirmDelete(ConsoleRequest request, ContentView item) {
        Map<String, Object> model = ConsoleViews.base(type, request);
        model.put("item", ConsoleViews.summary(item, request.sectionBase()));
        return ConsoleResponse.page("content.delete.title", T + "delete.ftl", model);
    }

    private ConsoleResponse delete(ConsoleRequest request, ContentView item) {
        services.store.delete(type, item.id(), request.identity());
        return ConsoleResponse.redirect(request.sectionBase(), "content.flash.deleted");
    }

    // ---- workflow

    private ConsoleResponse action(ConsoleRequest request, ContentView item) {
        String step = request.param("step").orElse("");
        Optional<Transition> transition = Actions.transition(step);
        if (transition.isEmpty() || !Actions.STEPS.contains(step)) {
            return ConsoleResponse.notFound();
        }
        PublishRequest times = null;
        if ("schedule".equals(step)) {
            Optional<Instant> at = request.param("publishAt").flatMap(ConsoleForms::kyivInstant);
            Optional<Instant> until = request.param("unpublishAt").flatMap(ConsoleForms::kyivInstant);
            if (at.isEmpty() || !at.get().isAfter(Instant.now())) {
                ItemForm form = ItemForm.of(item);
                form.error("publishAt", "content.error.scheduleTime");
                return edit(request, item, form, 422, "content.error.scheduleTime");
            }
            times = new PublishRequest(at.get(), until.orElse(null));
        } else if ("publish".equals(step)) {
            times = new PublishRequest(Instant.now(), null);
        }
        try {
            services.workflow.transition(type, item.id(), transition.get(), times, request.identity());
            return ConsoleResponse.redirect(request.sectionBase() + "/" + item.id(), "content.flash." + step);
        } catch (ProblemException e) {
            ItemForm form = ItemForm.of(item);
            String key = switch (e.status()) {
                case 403 -> "content.error.stepForbidden";
                case 409 -> "content.error.stepConflict";
                case 422 -> "content.error.stepInvalid";
                default -> "content.error.failed";
            };
            return edit(request, item, form, e.status(), key);
        }
    }

    private ConsoleResponse cover(ConsoleRequest request, ContentView item) {
        Optional<Long> coverId = request.param("coverId").flatMap(ConsoleViews::id);
        if (coverId.isEmpty()) {
            return ConsoleResponse.redirect(request.sectionBase() + "/" + item.id(), "content.flash.noChange");
        }
        ItemForm form = ItemForm.of(item);
        form.values().put("coverId", coverId.get().toString());
        Optional<ItemRequest> req = form.toRequest(type, false);
        if (req.isEmpty()) {
            return edit(request, item, form, 422, null);
        }
        try {
            services.store.update(type, item.id(), req.get(), request.identity());
            return ConsoleResponse.redirect(request.sectionBase() + "/" + item.id(), "content.flash.coverSet");
        } catch (ProblemException e) {
            return formProblem(request, item, form, e);
        }
    }

    // ---- the editor's script

    private ConsoleResponse script() {
        try (InputStream in = ContentSection.class.getResourceAsStream("/console/content/editor.js")) {
            if (in == null) {
                return ConsoleResponse.notFound();
            }
            return new ConsoleResponse.Raw(200, "application/javascript;charset=UTF-8", in.readAllBytes());
        } catch (IOException e) {
            return ConsoleResponse.notFound();
        }
    }

    // ---- helpers

    private static ConsoleResponse problem(ProblemException e) {
        return switch (e.status()) {
            case 403 -> ConsoleResponse.forbidden();
            case 404 -> ConsoleResponse.notFound();
            case 409 -> ConsoleResponse.conflict("content.error.stepConflict");
            default -> new ConsoleResponse.Problem(e.status() >= 400 && e.status() < 500 ? e.status() : 500,
                    "content.error.failed");
        };
    }

}
