package org.hromada.documents.internal.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Documents given a publication time in the future become public without a write: every
 * {@value #SECONDS} seconds this announces those whose time has come, so the search indexes them and
 * the cached pages show them. At start it looks back a day, to catch what came due while the server
 * was down.
 */
@Component(service = PublicationWatch.class, immediate = true)
public class PublicationWatch {
    static final int SECONDS = 15;
    private static final Logger LOG = LoggerFactory.getLogger(PublicationWatch.class);

    private final Clock clock = Clock.systemUTC();
    private ScheduledExecutorService executor;
    private Instant since;

    @Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.documents)")
    private Transactions tx;

    @Reference
    private DocumentEvents events;

    @Activate
    void activate() {
        since = clock.instant().minus(Duration.ofDays(1));
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "hromada-documents-publication");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, 2, SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    /** One run; never throws, so one failure does not stop the schedule. */
    void tick() {
        try {
            Instant now = clock.instant();
            List<Long> due = tx.read(em -> em.createQuery("select d.id from DocumentEntity d where d.publishedAt > :since"
                    + " and d.publishedAt <= :now", Long.class).setParameter("since", since).setParameter("now", now)
                    .getResultList());
            due.forEach(events::changed);
            since = now;
        } catch (RuntimeException e) {
            LOG.warn("Announcing documents whose publication time came failed; trying again next time", e);
        }
    }
}
