package org.hromada.documents.internal.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hromada.documents.internal.store.DocumentStore;
import org.hromada.documents.internal.store.KindStore;
import org.hromada.documents.internal.web.DocumentView;
import org.hromada.documents.internal.web.KindView;
import org.hromada.documents.internal.web.ListParams;
import org.hromada.platform.api.site.Feed;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteFeed;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Atom feeds of the register: {@code /documents/feed.xml} for every kind and
 * {@code /documents/<segment>/feed.xml} for one, the newest {@value #SIZE} published documents.
 */
public final class DocumentFeeds {
    static final int SIZE = 20;

    private DocumentFeeds() {
    }

    static Optional<Feed> feed(RouteRequest request, String segment, KindStore kindStore, DocumentStore documents) {
        SiteKinds kinds = new SiteKinds(kindStore.list(), request.language());
        KindView kind = null;
        if (segment != null) {
            kind = kinds.bySegment(segment).orElse(null);
            if (kind == null) {
                return Optional.empty();
            }
        }
        ListParams newest = ListParams.parse(kind == null ? null : kind.code(), null, null, null, null, null, null,
                null, null, "1", String.valueOf(SIZE), true);
        List<Feed.Entry> entries = new ArrayList<>();
        for (DocumentView d : documents.list(newest).items()) {
            String kindName = kinds.name(d.kind());
            entries.add(new Feed.Entry("document/" + d.id(), kindName + " № " + d.number() + ": " + d.title(),
                    SitePaths.document(request.language(), d.url()), d.summary(), d.publishedAt(), d.updatedAt(), "",
                    kindName));
        }
        List<String> title = new ArrayList<>(List.of("documents.register.title"));
        if (kind != null) {
            title.add(kinds.name(kind));
        }
        return Optional.of(new Feed(title, SitePaths.register(request.language(), segment), entries));
    }

    /** {@code /documents/feed.xml}. */
    @Component(service = SiteFeed.class)
    public static class All implements SiteFeed {
        private final KindStore kinds;
        private final DocumentStore documents;

        @Activate
        public All(@Reference KindStore kinds, @Reference DocumentStore documents) {
            this.kinds = kinds;
            this.documents = documents;
        }

        @Override
        public String pattern() {
            return SitePaths.REGISTER + "/" + SitePaths.FEED;
        }

        @Override
        public Optional<Feed> feed(RouteRequest request) {
            return DocumentFeeds.feed(request, null, kinds, documents);
        }
    }

    /** {@code /documents/<segment>/feed.xml}. */
    @Component(service = SiteFeed.class)
    public static class OfKind implements SiteFeed {
        private final KindStore kinds;
        private final DocumentStore documents;

        @Activate
        public OfKind(@Reference KindStore kinds, @Reference DocumentStore documents) {
            this.kinds = kinds;
            this.documents = documents;
        }

        @Override
        public String pattern() {
            return SitePaths.REGISTER + "/{segment}/" + SitePaths.FEED;
        }

        @Override
        public Optional<Feed> feed(RouteRequest request) {
            return DocumentFeeds.feed(request, request.pathParams().get("segment"), kinds, documents);
        }
    }
}
