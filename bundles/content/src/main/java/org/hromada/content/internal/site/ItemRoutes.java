package org.hromada.content.internal.site;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hromada.content.internal.cover.Covers;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.text.Slugs;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteDates;
import org.hromada.platform.api.site.SiteRoute;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One published item: {@code /news/{slug}}, {@code /announcements/{slug}}, {@code /materials/{slug}}.
 * A slug that could not exist, an unknown one or one of an unpublished item is a 404.
 */
public final class ItemRoutes {
    static final String TEMPLATE = "content/item.ftl";

    private ItemRoutes() {
    }

    static Optional<Map<String, Object>> model(PublicContent content, SiteAddress site, Covers covers,
                                               ContentType type, RouteRequest request) {
        String slug = request.pathParams().get("slug");
        if (!Slugs.isValid(slug)) {
            return Optional.empty();
        }
        String language = request.language();
        return content.find(type, language, slug)
                .map(item -> model(content, site, type, item, language, CoverViews.of(content.cover(item.id()), covers)));
    }

    /** The page of {@code item}, published or (for the console's preview) not yet. */
    static Map<String, Object> model(PublicContent content, SiteAddress site, ContentType type, PublicItem item,
                                     String language, Optional<Map<String, Object>> cover) {
        Map<String, Object> model = new HashMap<>();
        model.put("type", type.segment());
        model.put("item", Views.full(item, language));
        model.put("listUrl", Views.listUrl(type, language));
        model.put("feedUrl", FeedRoutes.url(type, language, null));
        if (item.section() != null) {
            model.put("sectionUrl", Views.listUrl(type, language, item.section(), 1));
        }
        model.put("alternate", alternate(content, item, type, language));
        String absolute = site.absolute(item.url());
        model.put("ogUrl", absolute);
        String image = cover.map(c -> site.absolute((String) c.get("src"))).orElse(null);
        cover.ifPresent(c -> {
            model.put("cover", c);
            model.put("ogImage", image);
        });
        if (type == ContentType.NEWS) {
            model.put("jsonLd", JsonLd.newsArticle(new JsonLd.Article(item.title(), item.summary(), absolute,
                    SiteDates.iso(item.publishedAt()), SiteDates.iso(item.updatedAt()), language,
                    null, item.tags(), site.name()), image)); // the section is a code; its name lives in the messages
        }
        return model;
    }

    /** The linked translation when it is published, else the other language's list of this type. */
    static String alternate(PublicContent content, PublicItem item, ContentType type, String language) {
        String other = Views.otherLanguage(language);
        if (item.translationId() != null) {
            Optional<PublicItem> translation = content.findById(item.translationId())
                    .filter(t -> t.type() == type && other.equals(t.language()));
            if (translation.isPresent()) {
                return translation.get().url();
            }
        }
        return Views.listUrl(type, other);
    }

    /** An item page of one type: {@code /<segment>/{slug}}. */
    abstract static class ItemRoute implements SiteRoute {
        private final ContentType type;
        private final PublicContent content;
        private final SiteAddress site;
        private final Covers covers;

        ItemRoute(ContentType type, PublicContent content, SiteAddress site, Covers covers) {
            this.type = type;
            this.content = content;
            this.site = site;
            this.covers = covers;
        }

        @Override
        public String pattern() {
            return "/" + type.segment() + "/{slug}";
        }

        @Override
        public String template() {
            return TEMPLATE;
        }

        @Override
        public Optional<Map<String, Object>> model(RouteRequest request) {
            return ItemRoutes.model(content, site, covers, type, request);
        }
    }

    /** {@code /news/{slug}}. */
    @Component(service = SiteRoute.class)
    public static class News extends ItemRoute {
        @Activate
        public News(@Reference PublicContent content, @Reference SiteAddress site, @Reference Covers covers) {
            super(ContentType.NEWS, content, site, covers);
        }
    }

    /** {@code /announcements/{slug}}. */
    @Component(service = SiteRoute.class)
    public static class Announcements extends ItemRoute {
        @Activate
        public Announcements(@Reference PublicContent content, @Reference SiteAddress site,
                             @Reference Covers covers) {
            super(ContentType.ANNOUNCEMENT, content, site, covers);
        }
    }

    /** {@code /materials/{slug}}. */
    @Component(service = SiteRoute.class)
    public static class Materials extends ItemRoute {
        @Activate
        public Materials(@Reference PublicContent content, @Reference SiteAddress site, @Reference Covers covers) {
            super(ContentType.MATERIAL, content, site, covers);
        }
    }
}
