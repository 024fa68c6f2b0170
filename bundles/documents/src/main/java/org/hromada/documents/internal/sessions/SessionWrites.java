package org.hromada.documents.internal.sessions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import java.util.function.Function;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.persistence.WriteFailures;
import org.hromada.platform.api.web.ProblemException;

/** Runs one write on sessions; writers that lose a race (a stale version, a number or a deputy taken meanwhile) get a 409. */
final class SessionWrites {

    private SessionWrites() {
    }

    static <T> T run(Transactions tx, Function<EntityManager, T> work) {
        try {
            return tx.inTransaction(em -> {
                em.setFlushMode(FlushModeType.COMMIT);
                return work.apply(em);
            });
        } catch (PersistenceException e) {
            if (WriteFailures.isStaleVersion(e)) {
                throw ProblemException.conflict("Someone else changed the session meanwhile; load it again.");
            }
            if (WriteFailures.violates(e, "documents_session_number")) {
                throw ProblemException.conflict("A session of this body with this number was added meanwhile.");
            }
            if (WriteFailures.violates(e, "documents_vote_deputy")) {
                throw ProblemException.conflict("The votes of this item were changed meanwhile; load them again.");
            }
            if (WriteFailures.violates(e, "documents_agenda_item_session")) {
                throw ProblemException.conflict("The session was deleted meanwhile.");
            }
            throw e;
        }
    }
}
