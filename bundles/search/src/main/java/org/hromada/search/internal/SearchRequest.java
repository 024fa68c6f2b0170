package org.hromada.search.internal;

import java.util.Set;

/**
 * A checked search: the visitor's text, the item types to look in (those some provider answers for,
 * narrowed to the one asked), an optional language, and the page.
 */
record SearchRequest(String text, Set<String> types, String language, int page, int size) {
    SearchRequest {
        types = Set.copyOf(types);
    }

    SearchRequest withTypes(Set<String> newTypes) {
        return new SearchRequest(text, newTypes, language, page, size);
    }
}
