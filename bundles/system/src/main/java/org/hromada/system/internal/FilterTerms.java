package org.hromada.system.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The terms of a requirement filter that is a plain conjunction, the shape bnd and the framework
 * generate: equalities such as {@code osgi.wiring.package=com.foo} and version bounds such as
 * {@code version>=1.2.0} and {@code !(version>=2.0.0)}.
 */
final class FilterTerms {
    private final Map<String, String> equal = new HashMap<>();
    private final Map<String, Bound> lower = new HashMap<>();
    private final Map<String, Bound> upper = new HashMap<>();

    private record Bound(String version, boolean inclusive) {
    }

    private FilterTerms() {
    }

    /** Empty when the filter is invalid or not a plain conjunction (an or, a substring, ...). */
    static Optional<FilterTerms> of(String filter) {
        if (filter == null) {
            return Optional.empty();
        }
        LdapFilter.Node root;
        try {
            root = LdapFilter.parse(filter);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<LdapFilter.Node> parts = root instanceof LdapFilter.And and ? and.parts() : List.of(root);
        FilterTerms terms = new FilterTerms();
        for (LdapFilter.Node part : parts) {
            if (!terms.add(part)) {
                return Optional.empty();
            }
        }
        return Optional.of(terms);
    }

    private boolean add(LdapFilter.Node node) {
        if (node instanceof LdapFilter.Compare c) {
            switch (c.op()) {
                case EQUAL -> equal.put(c.attribute(), c.value());
                case GREATER_OR_EQUAL -> lower.put(c.attribute(), new Bound(c.value(), true));
                case LESS_OR_EQUAL -> upper.put(c.attribute(), new Bound(c.value(), true));
                case PRESENT -> { } // says nothing a person needs to read
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (node instanceof LdapFilter.Not not && not.part() instanceof LdapFilter.Compare c) {
            switch (c.op()) {
                case GREATER_OR_EQUAL -> upper.put(c.attribute(), new Bound(c.value(), false));
                case LESS_OR_EQUAL -> lower.put(c.attribute(), new Bound(c.value(), false));
                default -> {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The value an attribute must equal, or null. */
    String value(String attribute) {
        return equal.get(attribute);
    }

    /**
     * The versions an attribute accepts in words ("1.2 or later, before 2", "21"), or null when
     * any version will do.
     */
    String versions(String attribute) {
        if (equal.containsKey(attribute)) {
            return shortVersion(equal.get(attribute));
        }
        Bound from = lower.get(attribute);
        Bound to = upper.get(attribute);
        if (from != null && to != null && from.inclusive() && to.inclusive()
                && shortVersion(from.version()).equals(shortVersion(to.version()))) {
            return shortVersion(from.version());
        }
        List<String> words = new ArrayList<>();
        if (from != null && !(from.inclusive() && shortVersion(from.version()).equals("0"))) {
            words.add(from.inclusive() ? shortVersion(from.version()) + " or later" : "after " + shortVersion(from.version()));
        }
        if (to != null) {
            words.add((to.inclusive() ? "up to " : "before ") + shortVersion(to.version()));
        }
        return words.isEmpty() ? null : String.join(", ", words);
    }

    /** "1.2.0" -> "1.2", "2.0.0" -> "2", "21" -> "21"; a version with a qualifier stays whole. */
    static String shortVersion(String version) {
        String[] parts = version.trim().split("\\.");
        if (parts.length > 3) {
            return version.trim();
        }
        int length = parts.length;
        while (length > 1 && parts[length - 1].equals("0")) {
            length--;
        }
        return String.join(".", java.util.Arrays.copyOf(parts, length));
    }
}
