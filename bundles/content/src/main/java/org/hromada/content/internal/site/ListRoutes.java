package org.hromada.content.internal.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.content.internal.model.ContentType;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteRoute;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The lists {@code /news}, {@code /announcements} and {@code /materials}: {@value #PAGE_SIZE} a page,
 * newest first, {@code ?page=N} and {@code ?section=code}. A page number that is not a number is the
 * first page; a page past the end and a section no published item has are 404.
 */
public final class ListRoutes {
    static final int PAGE_SIZE = 10;
    static final String TEMPLATE = "content/list.ftl";

    private ListRoutes() {
    }

    static Optional<Map<String, Object>> model(PublicContent content, ContentType type, RouteRequest request) {
        String language = request.language();
        String rawSection = request.param("section", "").strip();
        String section = rawSection.isEmpty() ? null : rawSection;
        List<String> sections = content.sections(type, language);
        if (section != null && !sections.contains(section)) {
            return Optional.empty();
        }
        Optional<PublicContent.Page> found = content.list(type, language, section, request.param("page", null),
                PAGE_SIZE);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Pagination p = found.get().pagination();
        Map<String, Object> model = new HashMap<>();
        model.put("type", type.segment());
        model.put("items", Views.teasers(found.get().items(), language));
        model.put("section", section == null ? "" : section);
        List<Map<String, Object>> filters = new ArrayList<>();
        for (String code : sections) {
            Map<String, Object> filter = new HashMap<>();
            filter.put("code", code);
            filter.put("url", Views.listUrl(type, language, code, 1));
            filter.put("current", code.equals(section));
            filters.add(filter);
        }
        model.put("sections", filters);
        model.put("allUrl", Views.listUrl(type, language));
        model.put("feedUrl", FeedRoutes.url(type, language, section));
        model.put("page", p.page());
        model.put("pageCount", p.pageCount());
        model.put("total", p.total());
        model.put("firstNumber", p.total() == 0 ? 0 : p.offset() + 1);
        model.put("lastNumber", p.offset() + found.get().items().size());
        if (p.hasPrevious()) {
            model.put("previousUrl", Views.listUrl(type, language, section, p.page() - 1));
        }
        if (p.hasNext()) {
            model.put("nextUrl", Views.listUrl(type, language, section, p.page() + 1));
        }
        return Optional.of(model);
    }

    /** A list page of one type: {@code /<segment>}. */
    abstract static class ListRoute implements SiteRoute {
        private final ContentType type;
        private final PublicContent content;

        ListRoute(ContentType type, PublicContent content) {
            this.type = type;
            this.content = content;
        }

        @Override
        public String pattern() {
            return "/" + type.segment();
        }

        @Override
        public String template() {
            return TEMPLATE;
        }

        @Override
        public Optional<Map<String, Object>> model(RouteRequest request) {
            return ListRoutes.model(content, type, request);
        }
    }

    /** {@code /news}. */
    @Component(service = SiteRoute.class)
    public static class News extends ListRoute {
        @Activate
        public News(@Reference PublicContent content) {
            super(ContentType.NEWS, content);
        }
    }

    /** {@code /announcements}. */
    @Component(service = SiteRoute.class)
    public static class Announcements extends ListRoute {
        @Activate
        public Announcements(@Reference PublicContent content) {
            super(ContentType.ANNOUNCEMENT, content);
        }
    }

    /** {@code /materials}. */
    @Component(service = SiteRoute.class)
    public static class Materials extends ListRoute {
        @Activate
        public Materials(@Reference PublicContent content) {
            super(ContentType.MATERIAL, content);
        }
    }
}
