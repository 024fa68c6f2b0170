package org.hromada.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class MarkFormatterTest {
    static Passage passage(int start, int end, int... matches) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        for (int i = 0; i < matches.length; i += 2) {
            passage.addMatch(matches[i], matches[i + 1], new BytesRef("x"), 1);
        }
        return passage;
    }

    @Test
    void marksMatchesAndEscapesTheRest() {
        String text = "a<b> & \"c\" 'd' ремонт";
        assertEquals("a&lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; <mark>ремонт</mark>",
                new MarkFormatter().format(new Passage[] {passage(0, text.length(), text.indexOf("ремонт"), text.length())}, text));
    }

    @Test
    void overlappingLemmasOfOneWordAreMarkedOnce() {
        String text = "ради рада";
        assertEquals("<mark>ради</mark> <mark>рада</mark>",
                new MarkFormatter().format(new Passage[] {passage(0, 9, 0, 4, 0, 4, 5, 9)}, text));
    }

    @Test
    void aFragmentInTheMiddleHasEllipsesAndNoStraySpaces() {
        String text = "Перше речення. Друге речення тут. Третє.";
        assertEquals("…Друге <mark>речення</mark> тут.…",
                new MarkFormatter().format(new Passage[] {passage(14, 34, 21, 28)}, text));
        assertEquals("Перше речення.…", new MarkFormatter().format(new Passage[] {passage(0, 15)}, text));
    }

    @Test
    void noPassagesNoSnippet() {
        assertEquals("", new MarkFormatter().format(new Passage[0], "текст"));
    }
}
