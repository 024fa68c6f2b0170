package org.hromada.system.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A small parser for the RFC 1960 filters of OSGi requirements, enough to turn
 * {@code (&(osgi.wiring.package=com.foo)(version>=1.2.0)(!(version>=2.0.0)))} back into words.
 * ({@code org.osgi.framework.Filter} can match but does not expose its structure.)
 */
final class LdapFilter {

    enum Op { EQUAL, APPROX, GREATER_OR_EQUAL, LESS_OR_EQUAL, PRESENT, SUBSTRING }

    sealed interface Node permits And, Or, Not, Compare {
    }

    record And(List<Node> parts) implements Node {
    }

    record Or(List<Node> parts) implements Node {
    }

    record Not(Node part) implements Node {
    }

    /** {@code value} is unescaped; for SUBSTRING it keeps its {@code *}s. */
    record Compare(String attribute, Op op, String value) implements Node {
    }

    private final String text;
    private int pos;

    private LdapFilter(String text) {
        this.text = text;
    }

    /** @throws IllegalArgumentException when the text is not a filter */
    static Node parse(String filter) {
        LdapFilter parser = new LdapFilter(filter);
        Node node = parser.filter();
        parser.skipSpaces();
        if (parser.pos != filter.length()) {
            throw parser.error("unexpected text after the filter");
        }
        return node;
    }

    private Node filter() {
        skipSpaces();
        expect('(');
        skipSpaces();
        Node node = switch (peek()) {
            case '&' -> new And(list());
            case '|' -> new Or(list());
            case '!' -> {
                pos++;
                yield new Not(filter());
            }
            default -> item();
        };
        skipSpaces();
        expect(')');
        return node;
    }

    private List<Node> list() {
        pos++;
        List<Node> parts = new ArrayList<>();
        skipSpaces();
        while (peek() == '(') {
            parts.add(filter());
            skipSpaces();
        }
        if (parts.isEmpty()) {
            throw error("an empty & or | group");
        }
        return parts;
    }

    private Node item() {
        int start = pos;
        while (pos < text.length() && "=<>~()".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String attribute = text.substring(start, pos).trim();
        if (attribute.isEmpty()) {
            throw error("an attribute name is missing");
        }
        Op op = switch (peek()) {
            case '=' -> Op.EQUAL;
            case '~' -> Op.APPROX;
            case '>' -> Op.GREATER_OR_EQUAL;
            case '<' -> Op.LESS_OR_EQUAL;
            default -> throw error("an operator is missing");
        };
        if (op != Op.EQUAL) {
            pos++;
            if (peek() != '=') {
                throw error("'=' expected after '" + text.charAt(pos - 1) + "'");
            }
        }
        pos++;
        StringBuilder value = new StringBuilder();
        boolean wildcard = false;
        while (peek() != ')') {
            char c = text.charAt(pos++);
            if (c == '\\') {
                if (pos >= text.length()) {
                    throw error("a dangling escape");
                }
                value.append(text.charAt(pos++));
            } else {
                wildcard |= c == '*';
                value.append(c);
            }
        }
        if (op == Op.EQUAL && wildcard) {
            op = value.toString().equals("*") ? Op.PRESENT : Op.SUBSTRING;
        }
        return new Compare(attribute, op, value.toString());
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("the filter ends too early");
        }
        return text.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("'" + c + "' expected");
        }
        pos++;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("Invalid filter " + text + ": " + what + " at " + pos);
    }
}
