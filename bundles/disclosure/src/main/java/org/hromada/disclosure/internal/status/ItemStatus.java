package org.hromada.disclosure.internal.status;

import java.util.Locale;
import java.util.Optional;
import org.hromada.platform.api.disclosure.CheckStatus;

/**
 * How an Article 15 item stands on the dashboard: a check's status, or {@code UNKNOWN} when neither a
 * check nor an attestation says. Declared from the worst down: when several say, the worst wins.
 * Unknown ranks below every problem (a known problem is worse news) and above compliant (nobody
 * has confirmed it).
 */
public enum ItemStatus {
    MISSING, LATE, STALE, UNKNOWN, COMPLIANT, NOT_APPLICABLE;

    /** The name in the API, the console's messages and CSS classes: {@code not_applicable}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ItemStatus of(CheckStatus status) {
        return valueOf(status.name());
    }

    public static Optional<ItemStatus> ofKey(String key) {
        for (ItemStatus s : values()) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The worse of the two. */
    public ItemStatus worst(ItemStatus other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
