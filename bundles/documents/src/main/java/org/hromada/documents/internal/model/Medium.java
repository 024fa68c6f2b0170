package org.hromada.documents.internal.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The type and medium of a document, Art. 18 item 9 of the access law: text document, electronic
 * document, film, video, audio and so on. Stored as the key; the names are in the message bundles
 * ({@code documents.medium.<key>}).
 */
public enum Medium {
    TEXT("text"),
    ELECTRONIC("electronic"),
    FILM("film"),
    VIDEO("video"),
    AUDIO("audio"),
    PHOTO("photo"),
    OTHER("other");

    public static final String KEYS = Arrays.stream(values()).map(Medium::key).collect(Collectors.joining(", "));

    private final String key;

    Medium(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Medium> parse(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.key.equals(wanted)).findFirst();
    }
}
