package org.hromada.platform.api.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL scripts that bundles ship (demo data): read from the bundle and split into statements at
 * semicolons outside quotes, dropping {@code --} comments.
 */
public final class SqlScripts {

    private SqlScripts() {
    }

    /** The statements of a script, in order. */
    public static List<String> split(String script) {
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

    /** The statements of a script in a bundle (e.g. {@code bundle.getEntry("demo/content.sql")}). */
    public static List<String> read(URL script) {
        try (InputStream in = script.openStream()) {
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + script, e);
        }
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
