package org.hromada.security.internal.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleSection;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.PageResult;
import org.hromada.security.internal.audit.AuditQuery;
import org.hromada.security.internal.audit.AuditStore;
import org.hromada.security.internal.audit.AuditView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /console/audit}: the audit log, filtered and paginated, and one entry's before and after. Admins only. */
@Component(service = ConsoleSection.class)
public class AuditSection implements ConsoleSection {
    static final Set<String> ROLES = Set.of(Roles.ADMIN);
    static final String LIST = "console/audit/list.ftl";
    static final String DETAIL = "console/audit/detail.ftl";
    static final List<String> FILTERS = List.of("actor", "action", "entityType", "entityId", "from", "to");

    @Reference
    private AuditStore audit;

    @Override
    public String id() {
        return "audit";
    }

    @Override
    public String menuKey() {
        return "audit.menu";
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public Set<String> roles() {
        return ROLES;
    }

    @Override
    public ConsoleResponse handle(ConsoleRequest request) {
        if (!Forms.allowed(request, ROLES) || request.isPost()) {
            return request.isPost() ? ConsoleResponse.notFound() : ConsoleResponse.forbidden();
        }
        List<String> path = request.segments();
        if (path.isEmpty()) {
            return list(request);
        }
        if (path.size() == 1) {
            try {
                return audit.find(Long.parseLong(path.get(0))).map(AuditSection::detail)
                        .orElse(ConsoleResponse.notFound());
            } catch (NumberFormatException e) {
                return ConsoleResponse.notFound();
            }
        }
        return ConsoleResponse.notFound();
    }

    private ConsoleResponse list(ConsoleRequest request) {
        Map<String, String> filters = new LinkedHashMap<>();
        FILTERS.forEach(name -> filters.put(name, Forms.cut(Forms.typed(request, name), 200)));
        AuditQuery.Parsed parsed = AuditQuery.parse(filters.get("actor"), filters.get("action"),
                filters.get("entityType"), filters.get("entityId"), null, filters.get("from"), filters.get("to"),
                String.valueOf(Forms.page(request)), String.valueOf(Forms.PAGE_SIZE));
        Map<String, Object> model = Forms.model("filters", filters, "query", Forms.query(filters));
        if (!parsed.valid()) {
            model.put("errors", Forms.errorKeys("audit", parsed.errors()));
            model.put("entries", List.of());
            model.put("page", 1);
            model.put("size", Forms.PAGE_SIZE);
            model.put("total", 0L);
            return ConsoleResponse.invalid("audit.title", LIST, model);
        }
        PageResult<AuditView> found = audit.query(parsed.query());
        if (found.items().isEmpty() && parsed.query().page() > 1) {
            found = audit.query(parsed.query().onPage(Forms.clamp(parsed.query().page(), found.total())));
        }
        model.put("entries", found.items().stream().map(AuditSection::row).toList());
        model.put("page", found.page());
        model.put("size", found.size());
        model.put("total", found.total());
        return ConsoleResponse.page("audit.title", LIST, model);
    }

    private static ConsoleResponse detail(AuditView entry) {
        Set<String> fields = new LinkedHashSet<>(entry.before().keySet());
        fields.addAll(entry.after().keySet());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (String field : fields) {
            changes.add(Forms.model("field", field,
                    "before", entry.before().containsKey(field) ? show(entry.before().get(field)) : null,
                    "after", entry.after().containsKey(field) ? show(entry.after().get(field)) : null));
        }
        return ConsoleResponse.page("audit.detail.title", DETAIL,
                Forms.model("entry", row(entry), "changes", changes));
    }

    /** A field value as text: lists joined, null as the empty string. */
    static String show(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    static Map<String, Object> row(AuditView e) {
        return Forms.model("id", e.id(), "at", e.at(), "actor", e.actor(), "channel", e.channel(),
                "action", e.action(), "entityType", e.entityType(), "entityId", e.entityId(),
                "summary", e.summary());
    }

    /** For the dashboard widget. */
    static Optional<List<Map<String, Object>>> recent(AuditStore audit, int count, boolean withSecurity) {
        List<AuditView> entries = audit.recentChanges(count, withSecurity);
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.stream().map(AuditSection::row).toList());
    }
}
