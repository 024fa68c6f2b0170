package org.hromada.documents.internal.sessions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A value with a stable API and database key (an enum of the sessions model); parsing and listing the keys. */
public interface Keyed {

    String key();

    static <E extends Enum<E> & Keyed> Optional<E> parse(Class<E> type, String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.key().equals(wanted)).findFirst();
    }

    /** The keys for messages: {@code planned, held, cancelled}. */
    static <E extends Enum<E> & Keyed> String keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyed::key).collect(Collectors.joining(", "));
    }
}
