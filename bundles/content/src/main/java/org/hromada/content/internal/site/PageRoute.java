package org.hromada.content.internal.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.text.Slugs;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteRoute;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A page of the page tree, {@code /pages/{slug}}: breadcrumbs from its parents, its text, its child pages. */
@Component(service = SiteRoute.class)
public class PageRoute implements SiteRoute {
    static final String TEMPLATE = "content/page.ftl";
    @Reference
    private PublicContent content;
    @Reference
    private SiteAddress site;

    @Override
    public String pattern() {
        return "/pages/{slug}";
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public Optional<Map<String, Object>> model(RouteRequest request) {
        String slug = request.pathParams().get("slug");
        if (!Slugs.isValid(slug)) {
            return Optional.empty();
        }
        String language = request.language();
        return content.find(ContentType.PAGE, language, slug).map(page -> model(content, site, page, language));
    }

    /** The page of {@code page}, published or (for the console's preview) not yet. */
    static Map<String, Object> model(PublicContent content, SiteAddress site, PublicItem page, String language) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", Views.full(page, language));
        List<Breadcrumbs.Node> ancestors = content.ancestors(page);
        model.put("crumbs", crumbs(Breadcrumbs.trail(ancestors,
                new Breadcrumbs.Node(page.id(), page.parentId(), page.title(), page.url()))));
        model.put("children", Views.teasers(content.children(page.id(), language), language));
        model.put("ogUrl", site.absolute(page.url()));
        model.put("alternate", alternate(content, page, language));
        return model;
    }

    /** The linked translation when it is published, else the other language's home page. */
    private static String alternate(PublicContent content, PublicItem page, String language) {
        String other = Views.otherLanguage(language);
        if (page.translationId() != null) {
            Optional<PublicItem> translation = content.findById(page.translationId())
                    .filter(t -> t.type() == ContentType.PAGE && other.equals(t.language()));
            if (translation.isPresent()) {
                return translation.get().url();
            }
        }
        return Views.home(other);
    }

    private static List<Map<String, Object>> crumbs(List<Breadcrumbs.Crumb> trail) {
        List<Map<String, Object>> views = new ArrayList<>(trail.size());
        for (Breadcrumbs.Crumb crumb : trail) {
            Map<String, Object> view = new HashMap<>();
            view.put("title", crumb.title());
            if (crumb.url() != null) {
                view.put("url", crumb.url());
            }
            view.put("current", crumb.current());
            views.add(view);
        }
        return views;
    }
}
