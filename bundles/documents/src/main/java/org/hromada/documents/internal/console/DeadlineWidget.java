package org.hromada.documents.internal.console;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.documents.internal.deadlines.DeadlineReport;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleWidget;
import org.hromada.platform.api.security.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The dashboard box of publication deadlines: the counts per status and the most urgent documents. */
@Component(service = ConsoleWidget.class)
public class DeadlineWidget implements ConsoleWidget {
    static final int LIMIT = 5;

    private final DocumentsConsole services;

    @Activate
    public DeadlineWidget(@Reference DocumentsConsole services) {
        this.services = services;
    }

    @Override
    public String id() {
        return "documents-deadlines";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN, Roles.EDITOR);
    }

    /** Hidden while the period has no documents with a deadline at all. */
    @Override
    public Optional<ConsoleResponse.Page> render(ConsoleRequest request) {
        DeadlineReport report = services.deadlines.report(DeadlinePage.attention(), null, 1, LIMIT);
        if (report.counts().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("counts", DeadlinePage.counts(report));
        model.put("items", DeadlinePage.items(report, DocumentsSection.BASE));
        model.put("total", report.total());
        model.put("link", DocumentsSection.BASE + "/deadlines");
        return Optional.of(ConsoleResponse.page("documents.widget.title", DocumentsSection.T + "widget.ftl", model));
    }
}
