package org.hromada.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.hromada.platform.api.Hromada;
import org.hromada.platform.api.events.Topics;
import org.hromada.platform.api.search.SearchDocument;
import org.hromada.platform.api.search.SearchProvider;
import org.hromada.platform.api.search.SiteSearch;
import org.hromada.platform.api.web.PageResult;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site search: owns the index in {@code <data>/index/search} and the search providers of the
 * running bundles. Every write goes through the {@link IndexingThread}.
 *
 * <p>Items of a type whose provider is gone stay in the index but are not found (their pages are gone
 * too); they are found again when the bundle comes back, without a rebuild. A provider whose types
 * have nothing in the index (a new index, a hot-deployed bundle) has them indexed when it appears.
 */
@Component(service = {SearchEngine.class, SiteSearch.class}, immediate = true)
public class SearchEngine implements SiteSearch {
    private static final Logger LOG = LoggerFactory.getLogger(SearchEngine.class);
    /** How long a reindex request waits for the rebuild. */
    private static final long REBUILD_MINUTES = 10;

    private final Map<SearchProvider, Set<String>> providers = new ConcurrentHashMap<>();
    /** When the indexing queue runs dry, cached pages and reads are told that search answers changed. */
    private final IndexingThread indexing = new IndexingThread(this::changed);
    /** Opened on the indexing thread: reading the 7 MB dictionary should not delay the server's start. */
    private final CompletableFuture<SearchIndex> opened = new CompletableFuture<>();
    private volatile boolean started;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    void activate(BundleContext context) {
        String data = context.getProperty(Hromada.DATA_DIR);
        start(Path.of(data == null ? "data" : data, "index", "search"));
    }

    void start(Path folder) {
        indexing.later("open the index in " + folder, () -> {
            try {
                Files.createDirectories(folder);
                return opened.complete(SearchIndex.open(folder, UkrainianAnalysis.analyzer()));
            } catch (IOException | RuntimeException e) {
                opened.completeExceptionally(e);
                throw e;
            }
        });
        started = true;
        // Providers bound before activation: fill in what the index lacks (all of it when it is new).
        providers.keySet().forEach(this::fillMissingTypesLater);
    }

    @Deactivate
    void stop() throws IOException, InterruptedException {
        indexing.stop();
        if (opened.isDone() && !opened.isCompletedExceptionally()) {
            opened.join().close();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(SearchProvider provider) {
        providers.put(provider, Set.copyOf(provider.types()));
        if (started) {
            fillMissingTypesLater(provider); // a hot-deployed bundle is searchable at once
        }
    }

    void removeProvider(SearchProvider provider) {
        providers.remove(provider);
    }

    /** Tells the caches of public pages and reads that search answers may have changed (the index caught up). */
    private void changed() {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(Topics.SITE_CHANGED, Map.of("bundle", "org.hromada.search", "reason", "search")));
        }
    }

    /** Types some running provider answers for. */
    Set<String> types() {
        Set<String> types = new HashSet<>();
        providers.values().forEach(types::addAll);
        return types;
    }

    PageResult<SearchHit> search(SearchRequest request) throws IOException {
        Set<String> live = types();
        live.retainAll(request.types());
        return index().search(request.withTypes(live));
    }

    @Override
    public List<Long> matching(String type, String text, int limit) {
        if (!types().contains(type) || text == null || limit < 1) {
            return List.of();
        }
        try {
            return index().ids(type, text, limit);
        } catch (IOException e) {
            throw new IllegalStateException("The search index cannot be read", e);
        }
    }

    /** An item was published or changed: index what its provider says now (nothing: drop it). */
    void published(String type, long id) {
        indexing.later("index " + type + " " + id, () -> {
            Optional<SearchProvider> provider = providerOf(type);
            if (provider.isEmpty()) {
                return null; // nobody answers for the type now; a rebuild or its return will catch up
            }
            Optional<SearchDocument> item = provider.get().document(type, id);
            if (item.isPresent()) {
                index().upsert(Set.of(item.get()));
            } else {
                index().delete(type, id);
            }
            return null;
        });
    }

    void unpublished(String type, long id) {
        indexing.later("drop " + type + " " + id, () -> {
            index().delete(type, id);
            return null;
        });
    }

    /** Rebuilds the whole index from every provider, in one commit; returns how many items each type has. */
    Map<String, Integer> rebuild() throws IOException {
        return indexing.await("rebuild the index", () -> {
            Map<String, Integer> counts = new TreeMap<>();
            List<SearchDocument> items = new ArrayList<>();
            providers.forEach((provider, types) -> types.forEach(type -> {
                List<SearchDocument> all = provider.all(type);
                counts.put(type, all.size());
                items.addAll(all);
            }));
            index().replaceAll(items);
            LOG.info("Search index rebuilt: {}", counts);
            return counts;
        }, REBUILD_MINUTES);
    }

    /** Waits until everything asked of the indexing thread so far is done. */
    void awaitIndexing() throws IOException {
        indexing.await("finish indexing", () -> null, REBUILD_MINUTES);
    }

    private void fillMissingTypesLater(SearchProvider provider) {
        indexing.later("fill in the index", () -> {
            Set<String> types = providers.get(provider);
            Map<String, Integer> filled = new LinkedHashMap<>();
            for (String type : types == null ? Set.<String>of() : types) { // null: gone meanwhile
                if (index().count(type) == 0) {
                    List<SearchDocument> all = provider.all(type);
                    index().replaceTypes(Set.of(type), all);
                    filled.put(type, all.size());
                }
            }
            if (!filled.isEmpty()) {
                LOG.info("Search index filled in for types that had no items in it: {}", filled);
            }
            return null;
        });
    }

    /** The index, once open (a search in the server's first second waits for it). */
    private SearchIndex index() throws IOException {
        return IndexingThread.result(opened, "open the search index", 1);
    }

    private Optional<SearchProvider> providerOf(String type) {
        return providers.entrySet().stream().filter(entry -> entry.getValue().contains(type))
                .map(Map.Entry::getKey).findFirst();
    }
}
