package org.hromada.content.internal.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.Languages;
import org.hromada.content.internal.model.Status;
import org.hromada.content.internal.store.ContentQuery;
import org.hromada.content.internal.web.ContentView;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.PageResult;

/** The list of a type's items with its filters; unknown filter values are ignored, never an error. */
final class ListPage {
    private final ContentType type;
    private final ContentConsole services;

    ListPage(ContentType type, ContentConsole services) {
        this.type = type;
        this.services = services;
    }

    ConsoleResponse list(ConsoleRequest request) {
        String status = request.param("status").filter(v -> Status.parse(v).isPresent()).orElse("");
        String language = request.param("language").filter(Languages::isKnown).orElse("");
        String section = request.param("section").map(v -> ConsoleViews.cut(v, 100)).orElse("");
        String q = request.param("q").map(v -> ConsoleViews.cut(v, 200)).orElse("");
        boolean mine = ItemForm.checkbox(request.params("mine"));
        int page = request.param("page").flatMap(ConsoleViews::id).filter(p -> p < 100_000).map(Long::intValue)
                .orElse(1);
        Identity who = request.identity();
        PageResult<ContentView> result = services.store.list(type, new ContentQuery(ConsoleViews.blank(language),
                Status.parse(status).orElse(null), ConsoleViews.blank(section), null, null, null, ConsoleViews.blank(q), page, ContentSection.PAGE_SIZE,
                mine ? who.username() : null));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ContentView item : result.items()) {
            Map<String, Object> row = ConsoleViews.summary(item, request.sectionBase());
            row.put("editable", Actions.mayEdit(who, item.author(), Status.ofKey(item.status())));
            rows.add(row);
        }
        Map<String, Object> model = ConsoleViews.base(type, request);
        model.put("items", rows);
        model.put("total", result.total());
        model.put("page", result.page());
        model.put("size", result.size());
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("status", status);
        filters.put("language", language);
        filters.put("section", section);
        filters.put("q", q);
        filters.put("mine", mine);
        model.put("filters", filters);
        model.put("query", ConsoleViews.query(filters));
        return ConsoleResponse.page("content." + type.segment() + ".title", ContentSection.T + "list.ftl", model);
    }
}
