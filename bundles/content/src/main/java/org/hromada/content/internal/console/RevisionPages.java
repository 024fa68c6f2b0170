package org.hromada.content.internal.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.Status;
import org.hromada.content.internal.revisions.FieldChange;
import org.hromada.content.internal.revisions.RevisionComparison;
import org.hromada.content.internal.revisions.RevisionSummary;
import org.hromada.content.internal.web.ContentView;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.web.ProblemException;

/** The revisions pages of an item: the list, a readable diff, and restoring one (after a confirmation). */
final class RevisionPages {
    private final ContentType type;
    private final ContentConsole services;

    RevisionPages(ContentType type, ContentConsole services) {
        this.type = type;
        this.services = services;
    }

    ConsoleResponse revisions(ConsoleRequest request, ContentView item) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<RevisionSummary> all = services.revisions.list(type, item.id());
        for (int i = all.size() - 1; i >= 0; i--) {
            RevisionSummary r = all.get(i);
            Map<String, Object> row = new HashMap<>();
            row.put("number", r.number());
            row.put("action", r.action());
            row.put("actor", r.actor());
            row.put("createdAt", r.createdAt());
            row.put("latest", i == all.size() - 1);
            rows.add(row);
        }
        Map<String, Object> model = ConsoleViews.base(type, request);
        model.put("item", ConsoleViews.summary(item, request.sectionBase()));
        model.put("revisions", rows);
        model.put("canEdit", Actions.mayEdit(request.identity(), item.author(), Status.ofKey(item.status())));
        return ConsoleResponse.page("content.revisions.title", ContentSection.T + "revisions.ftl", model);
    }

    ConsoleResponse diff(ConsoleRequest request, ContentView item, int number) {
        List<RevisionSummary> all = services.revisions.list(type, item.id());
        if (all.stream().noneMatch(r -> r.number() == number)) {
            return ConsoleResponse.notFound();
        }
        int latest = all.get(all.size() - 1).number();
        boolean againstCurrent = !"previous".equals(request.param("against").orElse("current")) && number != latest;
        // Against the current state: what restoring this revision would undo. Against the previous: what it changed.
        RevisionComparison comparison = againstCurrent
                ? services.revisions.diff(type, item.id(), latest, number)
                : services.revisions.diff(type, item.id(), number, null);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (FieldChange change : comparison.changes()) {
            Map<String, Object> view = new HashMap<>();
            view.put("field", change.field());
            view.put("before", ConsoleViews.text(change.before()));
            view.put("after", ConsoleViews.text(change.after()));
            ConsoleViews.instant(change.before()).ifPresent(at -> view.put("beforeAt", at));
            ConsoleViews.instant(change.after()).ifPresent(at -> view.put("afterAt", at));
            if ("body".equals(change.field()) || "summary".equals(change.field())) {
                view.put("runs", TextDiff.of(ConsoleViews.text(change.before()), ConsoleViews.text(change.after())).stream()
                        .map(run -> Map.of("kind", run.kind(), "text", run.text())).toList());
            }
            changes.add(view);
        }
        Map<String, Object> model = ConsoleViews.base(type, request);
        model.put("item", ConsoleViews.summary(item, request.sectionBase()));
        model.put("number", number);
        model.put("against", againstCurrent ? "current" : "previous");
        model.put("from", comparison.against());
        model.put("to", comparison.number());
        model.put("changes", changes);
        model.put("latest", number == latest);
        model.put("canEdit", Actions.mayEdit(request.identity(), item.author(), Status.ofKey(item.status())));
        return ConsoleResponse.page("content.diff.title", ContentSection.T + "diff.ftl", model);
    }

    ConsoleResponse confirmRestore(ConsoleRequest request, ContentView item, int number) {
        if (services.revisions.list(type, item.id()).stream().noneMatch(r -> r.number() == number)) {
            return ConsoleResponse.notFound();
        }
        Map<String, Object> model = ConsoleViews.base(type, request);
        model.put("item", ConsoleViews.summary(item, request.sectionBase()));
        model.put("number", number);
        return ConsoleResponse.page("content.restore.title", ContentSection.T + "restore.ftl", model);
    }

    ConsoleResponse restore(ConsoleRequest request, ContentView item, int number) {
        try {
            services.revisions.restore(type, item.id(), number, request.identity());
            return ConsoleResponse.redirect(request.sectionBase() + "/" + item.id(), "content.flash.restored");
        } catch (ProblemException e) {
            return switch (e.status()) {
                case 403 -> ConsoleResponse.forbidden();
                case 404 -> ConsoleResponse.notFound();
                default -> ConsoleResponse.conflict("content.error.restoreConflict");
            };
        }
    }
}
