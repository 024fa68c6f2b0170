package org.hromada.content.internal.model;

import java.util.List;

/** The site's languages: Ukrainian at the root, English under {@code /en}. */
public final class Languages {
    public static final String UK = "uk";
    public static final String EN = "en";
    public static final List<String> ALL = List.of(UK, EN);

    private Languages() {
    }

    public static boolean isKnown(String language) {
        return ALL.contains(language);
    }
}
