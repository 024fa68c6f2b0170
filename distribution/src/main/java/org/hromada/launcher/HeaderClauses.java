package org.hromada.launcher;

import java.util.ArrayList;
import java.util.List;

/** Splits OSGi manifest headers on separators that are not inside double quotes. */
final class HeaderClauses {
    private HeaderClauses() {
    }

    /** The comma-separated clauses of a header. */
    static List<String> split(String header) {
        return splitOn(header, ',');
    }

    /** The semicolon-separated parts of one clause. */
    static String[] splitParameters(String clause) {
        return splitOn(clause, ';').toArray(String[]::new);
    }

    private static List<String> splitOn(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            parts.add(current.toString().trim());
        }
        return parts;
    }
}
