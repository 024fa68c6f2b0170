package org.hromada.documents.internal.sessions.site;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hromada.documents.internal.sessions.BodyKind;
import org.hromada.documents.internal.sessions.Keyed;
import org.hromada.documents.internal.sessions.SessionStore;
import org.hromada.documents.internal.sessions.SessionView;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteRoute;
import org.hromada.platform.api.web.PageResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /sessions}: the published sessions of the council and its bodies, newest first,
 * {@value #PAGE_SIZE} a page, filtered by body kind, convocation and year with a GET form.
 */
@Component(service = SiteRoute.class)
public class SessionListPage implements SiteRoute {
    static final int PAGE_SIZE = 20;
    static final String TEMPLATE = "sessions/list.ftl";

    private final SessionStore sessions;

    @Activate
    public SessionListPage(@Reference SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public String pattern() {
        return SessionPaths.LIST;
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    /** The page's model; empty (404) for a page past the end. */
    @Override
    public Optional<Map<String, Object>> model(RouteRequest request) {
        String language = request.language();
        SessionFilters filters = SessionFilters.of(request);
        int page = SessionFilters.pageOf(request.param("page", null));
        PageResult<SessionView> found = sessions.list(filters.query(page, PAGE_SIZE));
        if (page > 1 && found.items().isEmpty()) {
            return Optional.empty();
        }
        String path = SessionPaths.list(language);
        int pageCount = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("bodyKinds", Arrays.stream(BodyKind.values()).map(Keyed::key).toList());
        model.put("filters", filters.values());
        model.put("filtered", filters.any());
        model.put("errors", filters.errors());
        model.put("action", path);
        // each row's agenda tells whether its roll-call votes are out: one read per row, 20 at most
        model.put("items", found.items().stream()
                .map(s -> SessionModels.row(s, sessions.find(s.id(), true).orElse(null), language)).toList());
        model.put("total", found.total());
        model.put("page", page);
        model.put("pageCount", pageCount);
        model.put("firstNumber", found.total() == 0 ? 0 : (page - 1) * PAGE_SIZE + 1);
        model.put("lastNumber", (page - 1) * PAGE_SIZE + found.items().size());
        if (page > 1) {
            model.put("previousUrl", filters.url(path, page - 1));
        }
        if (page < pageCount) {
            model.put("nextUrl", filters.url(path, page + 1));
        }
        model.put("feedUrl", SessionPaths.feed(language));
        return Optional.of(model);
    }
}
