package org.hromada.content.internal.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.hromada.content.internal.entities.ContentItemEntity;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.PublicUrls;
import org.hromada.content.internal.web.ContentView;
import org.hromada.platform.api.events.Topics;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.persistence.WriteFailures;
import org.hromada.platform.api.web.ProblemException;

/**
 * Runs one write: the transaction, then its events once committed. Concurrent writers that lose
 * (a stale version, a slug taken in the meantime) get a 409 instead of a 500.
 */
final class Writes {

    private Writes() {
    }

    /** What a write returns, and the events to post after it committed. */
    record Result<T>(T value, List<ContentEvents.Pending> events) {
    }

    static <T> T run(Transactions tx, ContentEvents events, Function<EntityManager, Result<T>> work) {
        Result<T> result;
        try {
            result = tx.inTransaction(em -> {
                // Flush once at the end: the queries in between must not bump the version twice.
                em.setFlushMode(FlushModeType.COMMIT);
                return work.apply(em);
            });
        } catch (PersistenceException e) {
            if (WriteFailures.isStaleVersion(e)) {
                throw ProblemException.conflict("Someone else changed the item meanwhile; load it again.");
            }
            if (WriteFailures.violates(e, "content_item_slug")) {
                throw ProblemException.conflict("The slug was taken meanwhile; try again.");
            }
            if (WriteFailures.violates(e, "content_revision_number")) {
                throw ProblemException.conflict("Someone else changed the item meanwhile; try again.");
            }
            throw e;
        }
        events.post(result.events());
        return result.value();
    }

    /** A write's answer with the audit entry that describes it, recorded once the write committed. */
    record Audited<T>(T value, org.hromada.platform.api.audit.AuditEntry entry) {
    }

    /** Like {@link #run}, then records the write's audit entry. */
    static <T> T runAudited(Transactions tx, ContentEvents events, ContentAudit audit,
                            Function<EntityManager, Result<Audited<T>>> work) {
        Audited<T> done = run(tx, events, work);
        if (done.entry() != null) {
            audit.record(done.entry());
        }
        return done.value();
    }

    /** Pairs a result with its audit entry. */
    static <T> Result<Audited<T>> audited(Result<T> result, org.hromada.platform.api.audit.AuditEntry entry) {
        return new Result<>(new Audited<>(result.value(), entry), result.events());
    }

    /** The time of a write, to the microsecond the database keeps (so answers match later reads). */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A time as the database keeps it (microseconds); null stays null. */
    static Instant micros(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
    }

    /** Flushes so the view shows the new version, and pairs it with the events. */
    static Result<ContentView> result(EntityManager em, ContentItemEntity item, List<ContentEvents.Pending> events) {
        em.flush();
        return new Result<>(ContentView.of(item), events);
    }

    static ProblemException stale(long current) {
        return ProblemException.conflict("The item has changed since you loaded it: it is at version " + current
                + ". Load it again and reapply your changes.");
    }

    /** The item left its old address (its slug or language changed while published). */
    static ContentEvents.Pending unpublishedAt(ContentType type, long id, String language, String slug) {
        return new ContentEvents.Pending(Topics.CONTENT_UNPUBLISHED, type.key(), id,
                PublicUrls.of(type, language, slug), language);
    }
}
