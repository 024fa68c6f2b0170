package org.hromada.documents.internal.sessions.site;

import java.util.List;
import java.util.Optional;
import org.hromada.documents.internal.sessions.SessionQuery;
import org.hromada.documents.internal.sessions.SessionStore;
import org.hromada.documents.internal.sessions.SessionView;
import org.hromada.platform.api.site.Feed;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteDates;
import org.hromada.platform.api.site.SiteFeed;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /sessions/feed.xml}: the newest {@value #SIZE} published sessions, by the day they are held. */
@Component(service = SiteFeed.class)
public class SessionFeed implements SiteFeed {
    static final int SIZE = 20;

    private final SessionStore sessions;

    @Activate
    public SessionFeed(@Reference SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public String pattern() {
        return SessionPaths.FEED;
    }

    @Override
    public Optional<Feed> feed(RouteRequest request) {
        String language = request.language();
        List<Feed.Entry> entries = sessions.list(new SessionQuery(null, null, null, null, null, 1, SIZE, true)).items()
                .stream().map(s -> entry(s, language)).toList();
        return Optional.of(new Feed(List.of("sessions.list.title"), SessionPaths.list(language), entries));
    }

    /** Plain text in the session's own words (Ukrainian), with the day and place in the feed's language. */
    private static Feed.Entry entry(SessionView s, String language) {
        String title = s.title() == null || s.title().isBlank() ? s.bodyName() + " № " + s.number()
                : s.title();
        String when = SiteDates.date(s.heldOn(), language) + (s.startsAt() == null ? "" : ", " + s.startsAt());
        String summary = s.place() == null || s.place().isBlank() ? when : when + ", " + s.place();
        return new Feed.Entry("session/" + s.id(), title, SessionPaths.page(language, s.url()), summary,
                s.publishedAt(), s.updatedAt(), "", s.bodyName());
    }
}
