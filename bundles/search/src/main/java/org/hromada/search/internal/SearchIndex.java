package org.hromada.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.hromada.platform.api.search.SearchDocument;
import org.hromada.platform.api.web.PageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index in one folder: one writer kept open, a searcher manager refreshed after every
 * write, a commit after every batch (so a crash loses at most the batch being written). Writes are
 * expected from one thread at a time (the engine's indexing thread); searches from any thread.
 */
final class SearchIndex implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    /** Best match first; among equally good ones, the newest. */
    private static final Sort RELEVANCE_THEN_NEWEST = new Sort(SortField.FIELD_SCORE,
            new SortField(IndexFields.PUBLISHED_AT, SortField.Type.LONG, true));

    private final Analyzer analyzer;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Snippets snippets;

    private SearchIndex(Analyzer analyzer, Directory directory, IndexWriter writer) throws IOException {
        this.analyzer = analyzer;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.snippets = new Snippets(analyzer);
    }

    /**
     * Opens the index in {@code folder}, creating it if absent. An index that cannot be read (corrupt,
     * or written by an incompatible Lucene) is started afresh: it is only a copy of the database, and
     * the engine refills empty types. An index locked by another process is an error.
     */
    static SearchIndex open(Path folder, Analyzer analyzer) throws IOException {
        Directory directory = FSDirectory.open(folder);
        try {
            return new SearchIndex(analyzer, directory, writer(directory, analyzer, OpenMode.CREATE_OR_APPEND));
        } catch (LockObtainFailedException e) {
            directory.close();
            throw e;
        } catch (IOException | RuntimeException unreadable) {
            LOG.warn("The search index in {} cannot be read ({}); starting an empty one.", folder, unreadable.toString());
            try {
                // Even OpenMode.CREATE reads the old commit (to refuse too-old indexes), so clear the folder: it
                // holds nothing but this index.
                for (String file : directory.listAll()) {
                    directory.deleteFile(file);
                }
                return new SearchIndex(analyzer, directory, writer(directory, analyzer, OpenMode.CREATE));
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
        }
    }

    private static IndexWriter writer(Directory directory, Analyzer analyzer, OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode);
        IndexWriter writer = new IndexWriter(directory, config);
        try {
            writer.getDocStats(); // CREATE_OR_APPEND has read the last commit by now
            return writer;
        } catch (RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** Adds or replaces items. */
    void upsert(Collection<SearchDocument> items) throws IOException {
        for (SearchDocument item : items) {
            writer.updateDocument(IndexFields.keyTerm(item.type(), item.id()), IndexFields.document(item));
        }
        commit();
    }

    void delete(String type, long id) throws IOException {
        writer.deleteDocuments(IndexFields.keyTerm(type, id));
        commit();
    }

    /** Replaces every item of these types by {@code items}; searchers see the old set or the new one. */
    void replaceTypes(Set<String> types, Collection<SearchDocument> items) throws IOException {
        for (String type : types) {
            writer.deleteDocuments(new Term(IndexFields.TYPE, type));
        }
        upsert(items);
    }

    /** Replaces the whole index by {@code items}, in one commit. */
    void replaceAll(Collection<SearchDocument> items) throws IOException {
        writer.deleteAll();
        upsert(items);
    }

    long count(String type) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(new TermQuery(new Term(IndexFields.TYPE, type)));
        } finally {
            searchers.release(searcher);
        }
    }

    /** One page of results; every word must match, or any word when that finds nothing. */
    PageResult<SearchHit> search(SearchRequest request) throws IOException {
        Optional<Query> all = SearchQueries.forText(analyzer, request.text(), true);
        if (all.isEmpty() || request.types().isEmpty()) {
            return new PageResult<>(List.of(), 0, request.page(), request.size());
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            PageResult<SearchHit> page = search(searcher, all.get(), request);
            if (page.total() == 0) {
                Optional<Query> any = SearchQueries.forText(analyzer, request.text(), false);
                page = search(searcher, any.get(), request);
            }
            return page;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The ids of the items of one type that match every word, best first, at most {@code limit}. */
    List<Long> ids(String type, String text, int limit) throws IOException {
        Optional<Query> all = SearchQueries.forText(analyzer, text, true);
        if (all.isEmpty()) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(SearchQueries.filtered(all.get(), Set.of(type), null), limit);
            List<Long> ids = new ArrayList<>(top.scoreDocs.length);
            for (var hit : top.scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc, Set.of(IndexFields.ID)).getField(IndexFields.ID)
                        .numericValue().longValue());
            }
            return ids;
        } finally {
            searchers.release(searcher);
        }
    }

    private PageResult<SearchHit> search(IndexSearcher searcher, Query words, SearchRequest request)
            throws IOException {
        Query query = SearchQueries.filtered(words, request.types(), request.language());
        int from = (request.page() - 1) * request.size();
        TopDocs top = searcher.search(query, from + request.size(), RELEVANCE_THEN_NEWEST, true);
        // Past 1,000 hits Lucene stops counting exactly; count then, the total is in the contract.
        long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : searcher.count(query);
        int to = Math.min(top.scoreDocs.length, from + request.size());
        if (from >= to) {
            return new PageResult<>(List.of(), total, request.page(), request.size());
        }
        int[] docIds = new int[to - from];
        for (int i = from; i < to; i++) {
            docIds[i - from] = top.scoreDocs[i].doc;
        }
        String[] marked = snippets.of(searcher, words, docIds);
        List<SearchHit> hits = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            hits.add(hit(searcher.storedFields().document(docIds[i]), marked[i]));
        }
        return new PageResult<>(hits, total, request.page(), request.size());
    }

    private static SearchHit hit(Document doc, String snippet) {
        var publishedAt = doc.getField(IndexFields.PUBLISHED_AT);
        return new SearchHit(doc.get(IndexFields.TYPE), doc.getField(IndexFields.ID).numericValue().longValue(),
                doc.get(IndexFields.TITLE), doc.get(IndexFields.URL), doc.get(IndexFields.LANGUAGE),
                publishedAt == null ? null : Instant.ofEpochMilli(publishedAt.numericValue().longValue()),
                snippet == null ? "" : snippet);
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
