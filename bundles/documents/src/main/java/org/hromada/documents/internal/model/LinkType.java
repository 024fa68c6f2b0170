package org.hromada.documents.internal.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How one document refers to another. Only the forward link is stored; its target shows the
 * reverse: an act amended by another, repealed by another, a draft adopted as an act.
 */
public enum LinkType {
    AMENDS("amends", "amended_by"),
    REPEALS("repeals", "repealed_by"),
    ADOPTED_FROM_DRAFT("adopted_from_draft", "adopted_as");

    public static final String KEYS = Arrays.stream(values()).map(LinkType::key).collect(Collectors.joining(", "));

    private final String key;
    private final String reverse;

    LinkType(String key, String reverse) {
        this.key = key;
        this.reverse = reverse;
    }

    public String key() {
        return key;
    }

    /** The name of the link as its target sees it. */
    public String reverse() {
        return reverse;
    }

    public static Optional<LinkType> parse(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.key.equals(wanted)).findFirst();
    }
}
