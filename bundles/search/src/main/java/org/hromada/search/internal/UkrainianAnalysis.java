package org.hromada.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * The analyser of every searchable field: Lucene's own Ukrainian analyser (standard tokenizer,
 * lower case, Ukrainian stop words, morfologik lemmas from {@code ua.net.nlp:morfologik-ukrainian-search}),
 * so "рішенням" and "рішення" both index as "рішення".
 *
 * <p>The library loads its dictionary ({@code ua/net/nlp/ukrainian.dict}) through its own class loader,
 * which is the launcher's flat classpath where that jar lives; this bundle's loader never has to see it.
 * The 7 MB dictionary is read once per JVM and shared by every analyser instance.
 */
final class UkrainianAnalysis {

    private UkrainianAnalysis() {
    }

    static Analyzer analyzer() {
        return new UkrainianMorfologikAnalyzer();
    }
}
