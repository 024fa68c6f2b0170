package org.hromada.platform.api.persistence;

import jakarta.persistence.OptimisticLockException;
import java.util.Locale;

/**
 * What a failed write was, for turning it into the right problem (409 and a message) instead of a
 * 500: a lost optimistic-locking race, or a named constraint. Hibernate wraps the cause in several
 * layers, differently at flush and at commit, so both look through the whole chain.
 */
public final class WriteFailures {

    private WriteFailures() {
    }

    /** Someone else changed the row first (a stale version), reported at flush or wrapped by the commit. */
    public static boolean isStaleVersion(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t.getClass().getSimpleName().startsWith("Stale")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failure names this constraint (case-insensitively), as H2 and MariaDB both do for unique
     * keys and foreign keys. Name constraints uniquely per bundle ({@code <bundle>_<table>_<what>}).
     */
    public static boolean violates(Throwable failure, String constraint) {
        String wanted = constraint.toLowerCase(Locale.ROOT);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
