package org.hromada.documents.internal.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The status of a document: the Annex 9 vocabulary of DOMAIN.md §4.5 (Набирає чинності, Чинний,
 * Втратив чинність, Дію зупинено, Дію відновлено, Не набрав чинності) and the internal "Проєкт".
 */
public enum Status {
    DRAFT("draft"),
    COMING_INTO_FORCE("coming_into_force"),
    IN_FORCE("in_force"),
    LOST_FORCE("lost_force"),
    SUSPENDED("suspended"),
    RESUMED("resumed"),
    NEVER_IN_FORCE("never_in_force");

    /** The keys, for messages: {@code draft, coming_into_force, ...}. */
    public static final String KEYS = Arrays.stream(values()).map(Status::key).collect(Collectors.joining(", "));

    private final String key;

    Status(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Status> parse(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.key.equals(wanted)).findFirst();
    }
}
