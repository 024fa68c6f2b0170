package org.hromada.documents.internal.sessions.site;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hromada.documents.internal.sessions.SessionStore;
import org.hromada.documents.internal.sessions.SessionView;
import org.hromada.documents.internal.store.KindStore;
import org.hromada.documents.internal.web.KindView;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteRoute;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A published session at {@code /sessions/<year>/<segment>-<number>} (the API's {@code url}): its card,
 * the video, the agenda with drafts, decisions, results and roll-call votes, the protocol, and the
 * dates of publication and of the last update that Art. 15 part 6 requires. Anything else is a 404.
 */
@Component(service = SiteRoute.class)
public class SessionPage implements SiteRoute {
    static final String TEMPLATE = "sessions/session.ftl";

    private final SessionStore sessions;
    private final KindStore kinds;

    @Activate
    public SessionPage(@Reference SessionStore sessions, @Reference KindStore kinds) {
        this.sessions = sessions;
        this.kinds = kinds;
    }

    @Override
    public String pattern() {
        return SessionPaths.LIST + "/{year}/{segment}";
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public Optional<Map<String, Object>> model(RouteRequest request) {
        return SessionAddress.parse(request.pathParams().get("year"), request.pathParams().get("segment"))
                .flatMap(address -> PublishedSessions.at(sessions, address))
                .map(s -> model(s, request.language()));
    }

    private Map<String, Object> model(SessionView s, String language) {
        Map<String, String> kindNames = kinds.list().stream()
                .collect(Collectors.toMap(KindView::code, k -> "en".equals(language) ? k.nameEn() : k.nameUk()));
        Map<String, Object> model = new HashMap<>();
        model.put("session", SessionModels.page(s, language, kindNames));
        model.put("listUrl", SessionPaths.list(language));
        model.put("feedUrl", SessionPaths.feed(language));
        return model;
    }
}
