package org.hromada.platform.api.web;

import java.util.List;

/**
 * The body of every paginated list: {@code {"items": [...], "total": N, "page": P, "size": S}}.
 *
 * @param items the items of this page
 * @param total how many items match in all
 * @param page  the page number, from 1
 * @param size  the page size asked for
 */
public record PageResult<T>(List<T> items, long total, int page, int size) {
    public PageResult {
        items = List.copyOf(items);
    }
}
