package org.hromada.documents.internal.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.Locale;
import java.util.function.Function;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.web.ProblemException;

/** Runs one write; writers that lose a race (a stale version, a number taken meanwhile) get a 409, not a 500. */
final class Writes {

    private Writes() {
    }

    static <T> T run(Transactions tx, Function<EntityManager, T> work) {
        try {
            return tx.inTransaction(em -> {
                em.setFlushMode(FlushModeType.COMMIT);
                return work.apply(em);
            });
        } catch (PersistenceException e) {
            if (lostARace(e)) {
                throw ProblemException.conflict("Someone else changed the document meanwhile; load it again.");
            }
            if (mentions(e, "documents_document_number")) {
                throw ProblemException.conflict("The number was taken meanwhile; choose another.");
            }
            if (mentions(e, "documents_link_unique")) {
                throw ProblemException.conflict("The link was added meanwhile.");
            }
            if (mentions(e, "documents_kind_code") || mentions(e, "documents_kind_segment")) {
                throw ProblemException.conflict("A kind with this code or segment was added meanwhile.");
            }
            throw e;
        }
    }

    private static boolean lostARace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t.getClass().getSimpleName().startsWith("Stale")) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
