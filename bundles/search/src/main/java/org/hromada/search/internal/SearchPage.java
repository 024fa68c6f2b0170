package org.hromada.search.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hromada.platform.api.web.PageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model of the public search page, in one of four states ({@code state}): {@code "ask"} (nothing typed
 * yet), {@code "results"}, {@code "none"} (nothing found) and {@code "unavailable"} (the index cannot be read
 * now; logged). A page past the last one shows the last one. Plain maps of strings, numbers and booleans.
 */
final class SearchPage {
    private static final Logger LOG = LoggerFactory.getLogger(SearchPage.class);
    static final int PAGE_SIZE = 10;

    private SearchPage() {
    }

    static Map<String, Object> model(SearchPageQuery query, String language, Set<String> knownTypes,
                                     Searcher searcher) {
        Map<String, Object> model = new HashMap<>();
        model.put("query", query.text());
        model.put("shortened", query.shortened());
        model.put("type", query.type());
        model.put("types", List.copyOf(new TreeSet<>(knownTypes)));
        model.put("alternate", url(otherLanguage(language), query.text(), query.type(), 1));
        if (query.text().isEmpty()) {
            model.put("state", "ask");
            return model;
        }
        PageResult<SearchHit> found;
        try {
            SearchRequest request = new SearchRequest(query.text(), query.types(knownTypes), language, query.page(),
                    PAGE_SIZE);
            found = searcher.search(request);
            int last = pageCount(found.total());
            if (found.items().isEmpty() && found.total() > 0 && query.page() > last) {
                found = searcher.search(new SearchRequest(request.text(), request.types(), language, last, PAGE_SIZE));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search page could not search for now: {}", e.toString());
            model.put("state", "unavailable");
            return model;
        }
        if (found.total() == 0) {
            model.put("state", "none");
            if (!query.type().isEmpty()) {
                model.put("allTypesUrl", url(language, query.text(), "", 1));
            }
            return model;
        }
        int page = found.page();
        int pageCount = pageCount(found.total());
        model.put("state", "results");
        model.put("total", found.total());
        model.put("page", page);
        model.put("pageCount", pageCount);
        model.put("firstNumber", (page - 1) * PAGE_SIZE + 1);
        model.put("lastNumber", (page - 1) * PAGE_SIZE + found.items().size());
        model.put("hits", hits(found.items(), language));
        if (page > 1) {
            model.put("previousUrl", url(language, query.text(), query.type(), page - 1));
        }
        if (page < pageCount) {
            model.put("nextUrl", url(language, query.text(), query.type(), page + 1));
        }
        return model;
    }

    private static List<Map<String, Object>> hits(List<SearchHit> hits, String language) {
        List<Map<String, Object>> views = new ArrayList<>(hits.size());
        for (SearchHit hit : hits) {
            Map<String, Object> view = new HashMap<>();
            view.put("title", hit.title() == null || hit.title().isBlank() ? hit.url() : hit.title());
            view.put("url", hit.url());
            view.put("type", hit.type());
            view.put("date", SearchDates.date(hit.publishedAt(), language));
            view.put("datetime", SearchDates.iso(hit.publishedAt()));
            view.put("snippet", hit.snippet() == null ? "" : hit.snippet()); // safe HTML, see MarkFormatter
            views.add(view);
        }
        return views;
    }

    /** At least 1, at most the deepest page a search goes. */
    static int pageCount(long total) {
        long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return (int) Math.min(pages, SearchParams.MAX_PAGE);
    }

    /** The search page's address, e.g. {@code /en/search?q=budget&type=news&page=2}; page 1 has no number. */
    static String url(String language, String text, String type, int page) {
        StringBuilder url = new StringBuilder("en".equals(language) ? "/en/search" : "/search");
        char separator = '?';
        if (!text.isEmpty()) {
            url.append(separator).append("q=").append(URLEncoder.encode(text, StandardCharsets.UTF_8));
            separator = '&';
        }
        if (!type.isEmpty()) {
            url.append(separator).append("type=").append(URLEncoder.encode(type, StandardCharsets.UTF_8));
            separator = '&';
        }
        if (page > 1) {
            url.append(separator).append("page=").append(page);
        }
        return url.toString();
    }

    private static String otherLanguage(String language) {
        return "en".equals(language) ? "uk" : "en";
    }
}
