package org.hromada.documents.internal.sessions;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an SQL script into statements at semicolons outside quotes, dropping {@code --} comments
 * (the content bundle has the same splitter; bundles do not share internals).
 */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (!quoted && c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
                current.append('\n');
                continue;
            }
            if (c == '\'') {
                quoted = !quoted; // a doubled '' inside a string flips twice: still quoted
            }
            if (c == ';' && !quoted) {
                add(statements, current);
            } else {
                current.append(c);
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
