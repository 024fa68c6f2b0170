package org.hromada.content.internal.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.content.internal.model.ContentType;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteRoute;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The home page, {@code /} and {@code /en/}: pinned news, the latest news and announcements, and quick
 * links to the top-level pages. Ranked above the site bundle's placeholder home route.
 */
@Component(service = SiteRoute.class, property = "service.ranking:Integer=100")
public class HomeRoute implements SiteRoute {
    static final int PINNED = 3;
    static final int NEWS = 6;
    static final int ANNOUNCEMENTS = 5;

    @Reference
    private PublicContent content;

    @Override
    public String pattern() {
        return "/";
    }

    @Override
    public String template() {
        return "content/home.ftl";
    }

    @Override
    public Optional<Map<String, Object>> model(RouteRequest request) {
        String language = request.language();
        List<PublicItem> pinned = content.pinnedNews(language, PINNED);
        List<PublicItem> news = content.latest(ContentType.NEWS, language, NEWS,
                pinned.stream().map(PublicItem::id).toList());
        Map<String, Object> model = new HashMap<>();
        model.put("pinned", Views.teasers(pinned, language));
        model.put("news", Views.teasers(news, language));
        model.put("announcements", Views.teasers(content.latest(ContentType.ANNOUNCEMENT, language, ANNOUNCEMENTS,
                List.of()), language));
        model.put("pages", Views.teasers(content.children(null, language), language));
        model.put("newsUrl", Views.listUrl(ContentType.NEWS, language));
        model.put("announcementsUrl", Views.listUrl(ContentType.ANNOUNCEMENT, language));
        model.put("materialsUrl", Views.listUrl(ContentType.MATERIAL, language));
        model.put("newsFeedUrl", FeedRoutes.url(ContentType.NEWS, language, null));
        model.put("announcementsFeedUrl", FeedRoutes.url(ContentType.ANNOUNCEMENT, language, null));
        return Optional.of(model);
    }
}
