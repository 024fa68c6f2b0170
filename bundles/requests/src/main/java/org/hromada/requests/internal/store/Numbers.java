package org.hromada.requests.internal.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.entities.CounterEntity;
import org.hromada.requests.internal.model.RegistrationNumber;

/** Registration numbers per year (Kyiv's year of receipt), from a counter row held under a write lock. */
final class Numbers {

    private Numbers() {
    }

    static String next(EntityManager em, Instant receivedAt) {
        int year = RequestDeadlines.day(receivedAt).getYear();
        CounterEntity counter = em.find(CounterEntity.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            // The first request of the year; two at once collide on the key and the loser gets a 409.
            counter = new CounterEntity(year);
            em.persist(counter);
            em.flush();
        }
        return RegistrationNumber.of(year, counter.next());
    }
}
