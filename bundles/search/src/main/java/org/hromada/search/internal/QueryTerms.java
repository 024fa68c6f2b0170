package org.hromada.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * What a visitor typed, run through the index's own analyser: one entry per word, holding every lemma
 * the dictionary offers for it ("ради" may be "рада" or "радий"). Nothing is parsed, so quotes,
 * wildcards, backslashes or "AND OR NOT" are just text (or dropped as punctuation) and cannot make a
 * query fail.
 */
final class QueryTerms {
    /** Enough for any real question; keeps a 200-character query well under Lucene's clause limit. */
    static final int MAX_WORDS = 32;
    static final int MAX_LEMMAS_PER_WORD = 8;

    private QueryTerms() {
    }

    static List<Set<String>> of(Analyzer analyzer, String field, String text) {
        List<Set<String>> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || words.isEmpty()) {
                    if (words.size() == MAX_WORDS) {
                        break;
                    }
                    words.add(new LinkedHashSet<>());
                }
                Set<String> lemmas = words.get(words.size() - 1);
                if (lemmas.size() < MAX_LEMMAS_PER_WORD) {
                    lemmas.add(term.toString());
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        // The same word twice ("ремонт ремонту") asks for nothing more.
        return List.copyOf(new LinkedHashSet<>(words));
    }
}
