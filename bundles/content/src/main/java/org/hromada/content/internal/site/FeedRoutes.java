package org.hromada.content.internal.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hromada.content.internal.model.ContentType;
import org.hromada.platform.api.site.Feed;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteFeed;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Atom feeds of the lists: {@code /news/feed.xml}, {@code /announcements/feed.xml} and
 * {@code /materials/feed.xml} (English under {@code /en}), the newest {@value #SIZE} items, and
 * {@code ?section=code} for one section's feed. A section no published item has is a 404, as on the list.
 */
public final class FeedRoutes {
    static final int SIZE = 20;
    static final String FILE = "feed.xml";

    private FeedRoutes() {
    }

    /** The feed's address for a list page, e.g. {@code /en/news/feed.xml?section=osvita}. */
    static String url(ContentType type, String language, String section) {
        String feed = Views.listUrl(type, language) + "/" + FILE;
        return section == null || section.isEmpty() ? feed
                : feed + "?section=" + URLEncoder.encode(section, StandardCharsets.UTF_8);
    }

    static Optional<Feed> feed(PublicContent content, ContentType type, RouteRequest request) {
        String language = request.language();
        String raw = request.param("section", "").strip();
        String section = raw.isEmpty() ? null : raw;
        if (section != null && !content.sections(type, language).contains(section)) {
            return Optional.empty();
        }
        List<PublicItem> items = content.list(type, language, section, null, SIZE)
                .map(PublicContent.Page::items).orElse(List.of());
        List<Feed.Entry> entries = new ArrayList<>();
        for (PublicItem item : items) {
            entries.add(new Feed.Entry(type.segment() + "/" + item.id(), item.title(), item.url(),
                    item.summary() == null ? "" : item.summary(), item.publishedAt(), item.updatedAt(), "",
                    item.section() == null ? "" : item.section()));
        }
        List<String> title = new ArrayList<>(List.of("content." + type.segment() + ".title"));
        if (section != null) {
            title.add("content.section." + section);
        }
        return Optional.of(new Feed(title, Views.listUrl(type, language, section, 1), entries));
    }

    /** The feed of one type's list. */
    abstract static class ListFeed implements SiteFeed {
        private final ContentType type;
        private final PublicContent content;

        ListFeed(ContentType type, PublicContent content) {
            this.type = type;
            this.content = content;
        }

        @Override
        public String pattern() {
            return "/" + type.segment() + "/" + FILE;
        }

        @Override
        public Optional<Feed> feed(RouteRequest request) {
            return FeedRoutes.feed(content, type, request);
        }
    }

    /** {@code /news/feed.xml}. */
    @Component(service = SiteFeed.class)
    public static class News extends ListFeed {
        @Activate
        public News(@Reference PublicContent content) {
            super(ContentType.NEWS, content);
        }
    }

    /** {@code /announcements/feed.xml}. */
    @Component(service = SiteFeed.class)
    public static class Announcements extends ListFeed {
        @Activate
        public Announcements(@Reference PublicContent content) {
            super(ContentType.ANNOUNCEMENT, content);
        }
    }

    /** {@code /materials/feed.xml}. */
    @Component(service = SiteFeed.class)
    public static class Materials extends ListFeed {
        @Activate
        public Materials(@Reference PublicContent content) {
            super(ContentType.MATERIAL, content);
        }
    }
}
