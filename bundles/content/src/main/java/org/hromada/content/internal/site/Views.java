package org.hromada.content.internal.site;

import org.hromada.platform.api.site.SiteDates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.Languages;
import org.hromada.content.internal.text.RichText;

/**
 * Template data made of items: plain maps of strings and booleans, so templates need no getters and never
 * see an entity. Dates are formatted here, in the page's language.
 */
final class Views {

    private Views() {
    }

    /** An item in a list: title, url, summary, section, date, datetime, pinned. */
    static Map<String, Object> teaser(PublicItem item, String language) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", item.id());
        view.put("title", item.title());
        view.put("url", item.url());
        view.put("summary", item.summary() == null ? "" : item.summary());
        view.put("section", item.section() == null ? "" : item.section());
        view.put("pinned", item.pinned());
        view.put("date", SiteDates.date(item.publishedAt(), language));
        view.put("datetime", SiteDates.iso(item.publishedAt()));
        return view;
    }

    static List<Map<String, Object>> teasers(List<PublicItem> items, String language) {
        List<Map<String, Object>> views = new ArrayList<>(items.size());
        items.forEach(item -> views.add(teaser(item, language)));
        return views;
    }

    /** A whole item: the teaser plus body (sanitised HTML), tags, and the update date. */
    static Map<String, Object> full(PublicItem item, String language) {
        Map<String, Object> view = teaser(item, language);
        view.put("type", item.type().key());
        view.put("body", item.body() == null ? "" : item.body());
        view.put("tags", item.tags());
        view.put("updated", SiteDates.date(item.updatedAt(), language));
        view.put("updatedDatetime", SiteDates.iso(item.updatedAt()));
        view.put("showSummary", showSummary(item.summary(), item.body()));
        return view;
    }

    /**
     * Whether the summary is worth showing above the body: not when it is empty or merely the start of the
     * body (what an item gets when no summary was written, see {@code Summaries}).
     */
    static boolean showSummary(String summary, String body) {
        if (summary == null || summary.isBlank()) {
            return false;
        }
        String start = summary.strip();
        if (start.endsWith("…")) {
            start = start.substring(0, start.length() - 1).strip();
        }
        String text = RichText.toPlainText(body).replaceAll("\\s+", " ").strip();
        return !text.startsWith(start);
    }

    /** The language's home: {@code /} or {@code /en/}. */
    static String home(String language) {
        return Languages.EN.equals(language) ? "/en/" : "/";
    }

    /** A type's list, e.g. {@code /en/news}. */
    static String listUrl(ContentType type, String language) {
        return (Languages.EN.equals(language) ? "/en/" : "/") + type.segment();
    }

    /** A page of a list with its section filter, e.g. {@code /news?section=osvita&page=2}; page 1 has no number. */
    static String listUrl(ContentType type, String language, String section, int page) {
        StringBuilder url = new StringBuilder(listUrl(type, language));
        char separator = '?';
        if (section != null && !section.isEmpty()) {
            url.append(separator).append("section=").append(URLEncoder.encode(section, StandardCharsets.UTF_8));
            separator = '&';
        }
        if (page > 1) {
            url.append(separator).append("page=").append(page);
        }
        return url.toString();
    }

    static String otherLanguage(String language) {
        return Languages.EN.equals(language) ? Languages.UK : Languages.EN;
    }
}
