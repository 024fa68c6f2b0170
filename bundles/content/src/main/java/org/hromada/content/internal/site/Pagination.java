package org.hromada.content.internal.site;

import java.util.Optional;

/**
 * The page of a list a visitor asked for. {@code ?page=} is read leniently: missing, empty, not a number
 * or below 1 is the first page; a page after the last one does not exist (the route answers 404), except
 * the first page of an empty list, which shows "nothing yet".
 *
 * @param page      1-based
 * @param size      items per page
 * @param total     items in all
 * @param pageCount at least 1
 */
public record Pagination(int page, int size, long total, int pageCount) {

    /** The pagination for {@code rawPage} of a list of {@code total} items, or empty for a page past the end. */
    public static Optional<Pagination> of(String rawPage, int size, long total) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
        long pages = Math.max(1, (Math.max(0, total) + size - 1) / size);
        int pageCount = (int) Math.min(pages, Integer.MAX_VALUE);
        long requested = parse(rawPage);
        if (requested > pageCount) {
            return Optional.empty();
        }
        return Optional.of(new Pagination((int) requested, size, Math.max(0, total), pageCount));
    }

    /** 1 for anything that is not a positive whole number; a number too long for a long is past any end. */
    static long parse(String raw) {
        if (raw == null) {
            return 1;
        }
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return s.length() > 18 && s.chars().allMatch(c -> c >= '0' && c <= '9') ? Long.MAX_VALUE : 1;
        }
        long n = Long.parseLong(s);
        return n < 1 ? 1 : n;
    }

    /** Index of the first item of this page. */
    public int offset() {
        return (int) Math.min((long) (page - 1) * size, Integer.MAX_VALUE);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }
}
