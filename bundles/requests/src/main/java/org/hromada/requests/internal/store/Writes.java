package org.hromada.requests.internal.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import java.util.function.Function;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.persistence.WriteFailures;
import org.hromada.platform.api.web.ProblemException;

/** Runs one write; a writer that loses a race gets a 409, not a 500. */
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
                throw ProblemException.conflict("Someone else changed the request meanwhile; load it again.");
            }
            if (WriteFailures.violates(e, "requests_request_number") || WriteFailures.violates(e, "requests_counter")) {
                throw ProblemException.conflict("Another request took the number meanwhile; send it again.");
            }
            throw e;
        }
    }
}
