package org.hromada.platform.api.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Published by a bundle whose items the site search finds. The search bundle indexes an item when
 * the bundle posts {@code hromada/content/published} (event properties {@code type} and {@code id})
 * and drops it on {@code hromada/content/unpublished}; it rebuilds the whole index from
 * {@link #all(String)} on demand.
 */
public interface SearchProvider {

    /** The item types this provider answers for, e.g. {@code news}, {@code announcement}. */
    Set<String> types();

    /** The published item, or empty when it is not (or no longer) public. */
    Optional<SearchDocument> document(String type, long id);

    /** Every published item of the type, for a rebuild of the index. */
    List<SearchDocument> all(String type);
}
