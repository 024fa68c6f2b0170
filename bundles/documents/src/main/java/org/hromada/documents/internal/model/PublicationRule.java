package org.hromada.documents.internal.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which legal publication deadline a kind's documents follow (DOMAIN.md section 9.1): an adopted act
 * within 5 working days of approval (PUB-ACT, Art. 15 part 2), a draft decision ahead of its
 * consideration (PUB-DRAFT, Art. 15 part 4), roll-call results on the day of the vote (SES-RCV), or none.
 */
public enum PublicationRule {
    ACT("act"),
    DRAFT("draft"),
    SAME_DAY("same_day"),
    NONE("none");

    public static final String KEYS = Arrays.stream(values()).map(PublicationRule::key)
            .collect(Collectors.joining(", "));

    private final String key;

    PublicationRule(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<PublicationRule> parse(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.key.equals(wanted)).findFirst();
    }
}
