package org.hromada.site.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A route's path pattern such as {@code /examples/{id}}: literal segments match themselves,
 * {@code {name}} matches any one segment. Ordered so that the more specific pattern comes first:
 * at the first position where two patterns differ in kind, the literal wins.
 */
final class RoutePattern implements Comparable<RoutePattern> {
    private final String text;
    /** The pattern with parameter names blanked: {@code /a/{x}} and {@code /a/{y}} are one shape. */
    private final String shape;
    /** Literal segments as written; parameter names for {@code {name}} segments. */
    private final List<String> segments;
    private final List<Boolean> parameter;

    private RoutePattern(String text, List<String> segments, List<Boolean> parameter) {
        this.text = text;
        this.segments = segments;
        this.parameter = parameter;
        List<String> blanked = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            blanked.add(parameter.get(i) ? "{}" : segments.get(i));
        }
        this.shape = UrlPaths.join(blanked);
    }

    /** Parses a pattern; rejects anything that is not {@code /} or {@code /seg/{param}/...}. */
    static RoutePattern parse(String pattern) {
        if (pattern == null || !pattern.startsWith("/")) {
            throw new IllegalArgumentException("A route pattern starts with '/': " + pattern);
        }
        String trimmed = pattern.length() > 1 && pattern.endsWith("/")
                ? pattern.substring(0, pattern.length() - 1) : pattern;
        List<String> segments = new ArrayList<>();
        List<Boolean> parameter = new ArrayList<>();
        if (!"/".equals(trimmed)) {
            for (String segment : trimmed.substring(1).split("/", -1)) {
                boolean isParameter = segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
                String value = isParameter ? segment.substring(1, segment.length() - 1) : segment;
                if (value.isEmpty() || value.contains("{") || value.contains("}")) {
                    throw new IllegalArgumentException("Bad segment '" + segment + "' in route pattern " + pattern);
                }
                segments.add(value);
                parameter.add(isParameter);
            }
        }
        return new RoutePattern(trimmed, Collections.unmodifiableList(segments),
                Collections.unmodifiableList(parameter));
    }

    /** The parameter values when the decoded {@code path} segments match, else empty. */
    Optional<Map<String, String>> match(List<String> path) {
        if (path.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            if (parameter.get(i)) {
                params.put(segments.get(i), path.get(i));
            } else if (!segments.get(i).equals(path.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    @Override
    public int compareTo(RoutePattern other) {
        int common = Math.min(parameter.size(), other.parameter.size());
        for (int i = 0; i < common; i++) {
            int byKind = Boolean.compare(parameter.get(i), other.parameter.get(i));
            if (byKind != 0) {
                return byKind;
            }
        }
        int byLength = Integer.compare(parameter.size(), other.parameter.size());
        return byLength != 0 ? byLength : shape.compareTo(other.shape);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoutePattern p && p.shape.equals(shape);
    }

    @Override
    public int hashCode() {
        return shape.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
