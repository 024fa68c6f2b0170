package org.hromada.documents.internal.sessions.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.hromada.documents.internal.sessions.SessionQuery;
import org.hromada.documents.internal.sessions.SessionStore;
import org.hromada.documents.internal.sessions.SessionView;
import org.hromada.platform.api.web.PageResult;

/** The published sessions as the public pages need them, read through the store's public view. */
final class PublishedSessions {
    static final int BATCH = 100;

    private PublishedSessions() {
    }

    /** Every published session, newest first, without agenda. */
    static List<SessionView> all(SessionStore store) {
        return collect(store, page -> new SessionQuery(null, null, null, null, null, page, BATCH, true), s -> true,
                false);
    }

    /**
     * The published session at {@code address} with its agenda. The address does not name the body, so
     * when two bodies of one kind (two commissions) share a number in a year, the newest is shown.
     */
    static Optional<SessionView> at(SessionStore store, SessionAddress address) {
        LocalDate from = LocalDate.of(address.year(), 1, 1);
        LocalDate to = LocalDate.of(address.year(), 12, 31);
        String url = address.url();
        return collect(store, page -> new SessionQuery(address.kind(), null, null, from, to, page, BATCH, true),
                s -> url.equals(s.url()), true).stream().findFirst().flatMap(s -> store.find(s.id(), true));
    }

    private static List<SessionView> collect(SessionStore store, IntFunction<SessionQuery> query,
                                             Predicate<SessionView> wanted, boolean firstOnly) {
        List<SessionView> found = new ArrayList<>();
        for (int page = 1; ; page++) {
            PageResult<SessionView> result = store.list(query.apply(page));
            result.items().stream().filter(wanted).forEach(found::add);
            if (firstOnly && !found.isEmpty() || result.items().isEmpty() || (long) page * BATCH >= result.total()) {
                return found;
            }
        }
    }
}
