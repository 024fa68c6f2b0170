package org.hromada.requests.internal.model;

import java.util.Arrays;
import java.util.Optional;

/** A value stored and sent as a lower-case key ({@code in_person}); parsing never throws. */
public interface Keyed {

    String key();

    static <E extends Enum<E> & Keyed> Optional<E> parse(Class<E> type, String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.strip();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.key().equals(wanted)).findFirst();
    }

    /** The keys of all values, for error messages: {@code web, post, e-mail}. */
    static <E extends Enum<E> & Keyed> String keys(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Keyed::key).toList());
    }
}
