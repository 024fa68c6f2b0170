package org.hromada.documents.internal.sessions.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hromada.documents.internal.sessions.SessionStore;
import org.hromada.documents.internal.sessions.SessionView;
import org.hromada.platform.api.site.SitemapSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Every published session in both languages for {@code /sitemap.xml}, and the list page when it has
 * sessions, dated by the newest change.
 */
@Component(service = SitemapSource.class)
public class SessionsSitemap implements SitemapSource {
    private static final List<String> LANGUAGES = List.of("uk", "en");

    private final SessionStore sessions;

    @Activate
    public SessionsSitemap(@Reference SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<Entry> entries() {
        List<SessionView> published = PublishedSessions.all(sessions);
        List<Entry> entries = new ArrayList<>(published.size() * 2 + 2);
        Instant newest = null;
        Set<String> seen = new HashSet<>();
        for (SessionView s : published) {
            if (!seen.add(s.url())) {
                continue; // two commissions' meetings of one number and year share an address
            }
            for (String language : LANGUAGES) {
                entries.add(new Entry(SessionPaths.page(language, s.url()), s.updatedAt()));
            }
            newest = newest == null || s.updatedAt().isAfter(newest) ? s.updatedAt() : newest;
        }
        if (newest != null) {
            for (String language : LANGUAGES) {
                entries.add(new Entry(SessionPaths.list(language), newest));
            }
        }
        return entries;
    }
}
