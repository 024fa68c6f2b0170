package org.hromada.documents.internal.model;

import java.util.Locale;

/** Words a visitor typed, as an SQL {@code like} pattern (escape character {@code !}) that finds them anywhere. */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** {@code %words%} in lower case, with {@code !}, {@code %} and {@code _} escaped; null for null. */
    public static String contains(String text) {
        return text == null ? null : "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%";
    }
}
