package org.hromada.search.internal;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats snippets as safe HTML: every character of the text is escaped, and only the matched words
 * are wrapped in {@code <mark>}, so the site can insert a snippet as it is. A passage that does not
 * start at the beginning (or stop at the end) of the text gets "…" on that side.
 */
final class MarkFormatter extends PassageFormatter {
    static final String ELLIPSIS = "…";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        int previousEnd = -1;
        for (Passage passage : passages) {
            int from = skipSpace(content, passage.getStartOffset(), passage.getEndOffset());
            int to = trimSpace(content, from, passage.getEndOffset());
            if (from > 0 && passage.getStartOffset() != previousEnd) {
                html.append(ELLIPSIS);
            }
            int pos = from;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(passage.getMatchStarts()[i], pos);
                int end = passage.getMatchEnds()[i];
                // Several lemmas of one word match at the same offsets: mark the word once.
                while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
                    end = Math.max(end, passage.getMatchEnds()[++i]);
                }
                end = Math.min(end, to);
                if (end <= start) {
                    continue;
                }
                escape(html, content, pos, start);
                html.append("<mark>");
                escape(html, content, start, end);
                html.append("</mark>");
                pos = end;
            }
            escape(html, content, pos, to);
            previousEnd = passage.getEndOffset();
        }
        if (previousEnd >= 0 && trimSpace(content, previousEnd, content.length()) > previousEnd) {
            html.append(ELLIPSIS);
        }
        return html.toString();
    }

    /** Passages are cut at word boundaries, which fall before or after spaces: keep the spaces out. */
    private static int skipSpace(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimSpace(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    static void escape(StringBuilder html, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
