package org.hromada.platform.api.persistence;

import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work in a transaction of one bundle's persistence unit, so bundle code never opens, commits
 * or closes sessions by hand. Obtain it with
 * {@code @Reference(target = "(osgi.unit.name=<your bundle>)") Transactions tx}.
 */
public interface Transactions {

    /**
     * Runs {@code work} in a new transaction and returns its result. Commits when it returns,
     * rolls back when it throws (and rethrows).
     */
    <T> T inTransaction(Function<EntityManager, T> work);

    /** Like {@link #inTransaction(Function)} for work without a result. */
    default void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs {@code work} in a read-only transaction: nothing it changes is written. */
    <T> T read(Function<EntityManager, T> work);
}
