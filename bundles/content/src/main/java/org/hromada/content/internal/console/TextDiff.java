package org.hromada.content.internal.console;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word diff of two texts for people to read: runs of kept, removed and added words (HTML tags
 * count as words, so a changed link shows). Longer texts than a quadratic diff can afford come
 * back as one removed and one added run.
 */
final class TextDiff {
    private static final Pattern TOKEN = Pattern.compile("<[^>]*>|\\s+|[^\\s<]+");
    private static final long MAX_CELLS = 4_000_000L;

    /** One run: {@code kind} is {@code same}, {@code removed} or {@code added}. */
    record Run(String kind, String text) {
        public String getKind() {
            return kind;
        }

        public String getText() {
            return text;
        }
    }

    private TextDiff() {
    }

    static List<Run> of(String before, String after) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after == null ? "" : after);
        List<Run> runs = new ArrayList<>();
        if ((long) a.size() * b.size() > MAX_CELLS) {
            add(runs, "removed", String.join("", a));
            add(runs, "added", String.join("", b));
            return runs;
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(runs, "same", a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                add(runs, "removed", a.get(i++)); // removals first, as people read a change
            } else {
                add(runs, "added", b.get(j++));
            }
        }
        return runs;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Appends to the last run when it is of the same kind. */
    private static void add(List<Run> runs, String kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!runs.isEmpty() && runs.get(runs.size() - 1).kind().equals(kind)) {
            Run last = runs.remove(runs.size() - 1);
            runs.add(new Run(kind, last.text() + text));
        } else {
            runs.add(new Run(kind, text));
        }
    }
}
