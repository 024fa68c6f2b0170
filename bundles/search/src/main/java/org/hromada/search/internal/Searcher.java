package org.hromada.search.internal;

import java.io.IOException;
import org.hromada.platform.api.web.PageResult;

/** Runs a checked search: the engine on the server, anything at all in a test. */
@FunctionalInterface
interface Searcher {
    PageResult<SearchHit> search(SearchRequest request) throws IOException;
}
