package org.hromada.search.internal;

import java.util.Set;
import org.hromada.platform.api.site.RouteRequest;

/**
 * What a visitor asked the public search page ({@code /search?q=&type=&page=}), read leniently: unlike
 * {@link SearchParams} (the API, which answers 400), nothing here is an error. Control characters become
 * spaces, a text over {@value SearchParams#MAX_TEXT} characters is cut there ({@code shortened}), a type no
 * provider answers for means every type, and a page that is not a whole number from 1 is the first page
 * (one past {@value SearchParams#MAX_PAGE} is that one).
 *
 * @param text      the text to look for, stripped; "" when nothing was typed
 * @param shortened whether the text was cut to the longest a search takes
 * @param type      the one type asked for, or "" for all
 * @param page      from 1
 */
record SearchPageQuery(String text, boolean shortened, String type, int page) {

    static SearchPageQuery of(RouteRequest request, Set<String> knownTypes) {
        return of(request.param("q", null), request.param("type", null), request.param("page", null), knownTypes);
    }

    static SearchPageQuery of(String q, String type, String page, Set<String> knownTypes) {
        String text = q == null ? "" : q.replaceAll("\\p{Cntrl}", " ").strip();
        boolean shortened = text.length() > SearchParams.MAX_TEXT;
        if (shortened) {
            int end = SearchParams.MAX_TEXT;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // never cut a character in two
            }
            text = text.substring(0, end).strip();
        }
        String wanted = type == null ? "" : type.strip();
        return new SearchPageQuery(text, shortened, knownTypes.contains(wanted) ? wanted : "", page(page));
    }

    /** The types to look in. */
    Set<String> types(Set<String> knownTypes) {
        return type.isEmpty() ? knownTypes : Set.of(type);
    }

    private static int page(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (!value.matches("\\d{1,9}")) {
            return value.matches("\\d{10,}") ? SearchParams.MAX_PAGE : 1;
        }
        int number = Integer.parseInt(value);
        return number < 1 ? 1 : Math.min(number, SearchParams.MAX_PAGE);
    }
}
