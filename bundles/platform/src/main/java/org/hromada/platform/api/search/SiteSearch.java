package org.hromada.platform.api.search;

import java.util.List;

/**
 * Queries the site search from another bundle, e.g. a register that filters by words: published by
 * the search bundle. Reference it optionally and dynamically, and fall back to a plain text match
 * when it is absent: the search bundle may not be installed.
 */
public interface SiteSearch {

    /**
     * The ids of the published items of {@code type} that contain every word of {@code text} in any
     * of its forms (Ukrainian morphology: "бюджету" finds "бюджет"), best match first, at most
     * {@code limit}. Empty when nothing matches or nothing in the text is searchable.
     *
     * @throws IllegalStateException when the index cannot be read
     */
    List<Long> matching(String type, String text, int limit);
}
