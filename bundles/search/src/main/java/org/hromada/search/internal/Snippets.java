package org.hromada.search.internal;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The highlighted fragment of each hit's text, by Lucene's unified highlighter over the offsets kept
 * in the postings. Fragments are cut at word boundaries near {@link #LENGTH} characters, centred on
 * the best match; a hit matched by its title only shows the start of its text.
 */
final class Snippets {
    static final int LENGTH = 180;
    /** Long texts are highlighted within their first this many characters. */
    static final int MAX_ANALYSED = 100_000;

    private final Analyzer analyzer;
    private final MarkFormatter formatter = new MarkFormatter();

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    String[] of(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(formatter)
                .withMaxLength(MAX_ANALYSED)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), LENGTH, 0.5f))
                .build();
        String field = IndexFields.TEXT;
        return highlighter.highlightFields(new String[] {field}, query, docIds, new int[] {1}).get(field);
    }
}
