package org.hromada.documents.internal.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import java.util.function.Function;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.persistence.WriteFailures;
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
            if (WriteFailures.isStaleVersion(e)) {
                throw ProblemException.conflict("Someone else changed the document meanwhile; load it again.");
            }
            if (WriteFailures.violates(e, "documents_document_number")) {
                throw ProblemException.conflict("The number was taken meanwhile; choose another.");
            }
            if (WriteFailures.violates(e, "documents_link_unique")) {
                throw ProblemException.conflict("The link was added meanwhile.");
            }
            if (WriteFailures.violates(e, "documents_kind_code") || WriteFailures.violates(e, "documents_kind_segment")) {
                throw ProblemException.conflict("A kind with this code or segment was added meanwhile.");
            }
            throw e;
        }
    }
}
