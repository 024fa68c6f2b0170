package org.hromada.security.internal.console;

import java.util.Optional;
import java.util.Set;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleWidget;
import org.hromada.platform.api.security.Roles;
import org.hromada.security.internal.audit.AuditStore;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The dashboard's "recent changes": the last entries of the audit log, for admins and editors. */
@Component(service = ConsoleWidget.class)
public class RecentChangesWidget implements ConsoleWidget {
    static final int COUNT = 8;
    static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.EDITOR);

    @Reference
    private AuditStore audit;

    @Override
    public String id() {
        return "recent-changes";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Set<String> roles() {
        return ROLES;
    }

    @Override
    public Optional<ConsoleResponse.Page> render(ConsoleRequest request) {
        if (!Forms.allowed(request, ROLES)) {
            return Optional.empty();
        }
        boolean admin = request.identity().hasRole(Roles.ADMIN);
        return AuditSection.recent(audit, COUNT, admin).map(entries -> ConsoleResponse.page("widget.recent.title",
                "console/widgets/recent-changes.ftl", Forms.model("entries", entries,
                        "linkToAudit", admin)));
    }
}
