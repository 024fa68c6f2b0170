package org.hromada.search.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Lucene queries built from analysed words, never by a query parser (see {@link QueryTerms}). */
final class SearchQueries {
    /** A word in the title counts this much more than in the text, so title matches rank first. */
    static final float TITLE_BOOST = 4f;

    private SearchQueries() {
    }

    /**
     * Each word must be in the title or the text ({@code allWords}), or any word may be. Empty when
     * nothing searchable is left (only punctuation or stop words).
     */
    static Optional<Query> forWords(List<Set<String>> words, boolean allWords) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Set<String> lemmas : words) {
            Query inTitle = new BoostQuery(synonyms(IndexFields.TITLE, lemmas), TITLE_BOOST);
            Query inText = synonyms(IndexFields.TEXT, lemmas);
            Query word = new BooleanQuery.Builder().add(inTitle, Occur.SHOULD).add(inText, Occur.SHOULD).build();
            query.add(word, allWords ? Occur.MUST : Occur.SHOULD);
        }
        return Optional.of(query.build());
    }

    static Optional<Query> forText(Analyzer analyzer, String text, boolean allWords) {
        return forWords(QueryTerms.of(analyzer, IndexFields.TEXT, text), allWords);
    }

    /** Restricts a query to some types (none: nothing matches) and optionally one language. */
    static Query filtered(Query query, Set<String> types, String language) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(new TermInSetQuery(IndexFields.TYPE, types.stream().map(BytesRef::new).toList()), Occur.FILTER);
        if (language != null) {
            filtered.add(new TermQuery(new Term(IndexFields.LANGUAGE, language)), Occur.FILTER);
        }
        return filtered.build();
    }

    /** The lemmas of one word as one term: documents score as if they had the word once, whichever form. */
    private static Query synonyms(String field, Set<String> lemmas) {
        SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
        lemmas.forEach(lemma -> synonyms.addTerm(new Term(field, lemma)));
        return synonyms.build();
    }
}
