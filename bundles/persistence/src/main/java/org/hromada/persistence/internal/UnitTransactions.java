package org.hromada.persistence.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hromada.platform.api.persistence.Transactions;

/** {@link Transactions} over one unit's session factory. */
final class UnitTransactions implements Transactions {
    private final SessionFactory sessionFactory;

    UnitTransactions(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return execute(work, false);
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        return execute(work, true);
    }

    private <T> T execute(Function<EntityManager, T> work, boolean readOnly) {
        try (Session session = sessionFactory.openSession()) {
            session.setDefaultReadOnly(readOnly);
            EntityTransaction tx = session.getTransaction();
            tx.begin();
            try {
                T result = work.apply(session);
                if (readOnly) {
                    tx.rollback();
                } else {
                    tx.commit();
                }
                return result;
            } catch (RuntimeException | Error e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                throw e;
            }
        }
    }
}
