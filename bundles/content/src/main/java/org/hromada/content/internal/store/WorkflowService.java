package org.hromada.content.internal.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hromada.content.internal.entities.ContentItemEntity;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.Status;
import org.hromada.content.internal.revisions.Snapshot;
import org.hromada.content.internal.scheduler.SchedulerRules;
import org.hromada.content.internal.web.ContentView;
import org.hromada.content.internal.web.PublishRequest;
import org.hromada.content.internal.workflow.Transition;
import org.hromada.content.internal.workflow.Workflow;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Moves items through the workflow, by a person's request or on time (the scheduler). */
@Component(service = WorkflowService.class)
public class WorkflowService {
    private static final int SCHEDULER_BATCH = 100;

    @Reference(target = "(osgi.unit.name=org.hromada.content)")
    private Transactions tx;
    @Reference
    private ContentEvents events;
    @Reference
    private ContentAudit audit;

    Clock clock = Clock.systemUTC();

    public ContentView transition(ContentType type, long id, Transition transition, PublishRequest publish,
                                  Identity who) {
        PublishRequest times = publish == null ? PublishRequest.NONE : publish;
        return Writes.runAudited(tx, events, audit, em -> {
            Instant now = Writes.now(clock);
            ContentItemEntity item = Items.require(em, type, id);
            Status before = Status.ofKey(item.getStatus());
            Snapshot was = RevisionLog.snapshot(item);
            Instant publishAt = times.publishAt() != null ? times.publishAt() : item.getPublishAt();
            Status after = Workflow.next(transition, who, item.getAuthor(), before,
                    publishAt != null && publishAt.isAfter(now));
            if (transition == Transition.PUBLISH) {
                applyTimes(item, times, publishAt);
                item.setPublishedAt(after == Status.PUBLISHED
                        ? (times.publishAt() != null ? Writes.micros(times.publishAt()) : now) : null);
            }
            item.setStatus(after.key());
            item.setUpdatedAt(now);
            RevisionLog.append(em, item, transition.action(after == Status.SCHEDULED), who.username(), now);
            String verb = transition == Transition.PUBLISH && after == Status.SCHEDULED ? "schedule" : transition.key();
            return Writes.audited(Writes.result(em, item, eventsFor(item, before, after)),
                    AuditEntries.of(who, type, id, verb, was, RevisionLog.snapshot(item)));
        });
    }

    /** Publishes due scheduled items and archives expired ones; returns how many changed. */
    public int runScheduler(Instant at) {
        Instant now = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        List<Long> due = tx.read(em -> em.createQuery("select i.id from ContentItemEntity i where"
                        + " (i.status = :scheduled and (i.publishAt is null or i.publishAt <= :now))"
                        + " or (i.status = :published and i.unpublishAt <= :now) order by i.id", Long.class)
                .setParameter("scheduled", Status.SCHEDULED.key())
                .setParameter("published", Status.PUBLISHED.key())
                .setParameter("now", now)
                .setMaxResults(SCHEDULER_BATCH)
                .getResultList());
        int changed = 0;
        for (Long id : due) {
            // One transaction per item: an item edited meanwhile does not hold up the others.
            List<org.hromada.platform.api.audit.AuditEntry> entries = new ArrayList<>();
            changed += Writes.run(tx, events, em -> {
                ContentItemEntity item = em.find(ContentItemEntity.class, id);
                List<ContentEvents.Pending> pending = new ArrayList<>();
                int steps = 0;
                for (Optional<Status> next = dueFor(item, now); next.isPresent(); next = dueFor(item, now)) {
                    Status before = Status.ofKey(item.getStatus());
                    Snapshot was = RevisionLog.snapshot(item);
                    if (next.get() == Status.PUBLISHED) {
                        item.setPublishedAt(item.getPublishAt() == null ? now : item.getPublishAt());
                    }
                    item.setStatus(next.get().key());
                    item.setUpdatedAt(now);
                    RevisionLog.append(em, item, next.get() == Status.PUBLISHED ? "published" : "archived",
                            RevisionLog.SCHEDULER, now);
                    pending.addAll(eventsFor(item, before, next.get()));
                    entries.add(AuditEntries.of(AuditEntries.SCHEDULER, ContentType.ofKey(item.getType()), id,
                            next.get() == Status.PUBLISHED ? "publish" : "archive", was, RevisionLog.snapshot(item)));
                    steps++;
                }
                return new Writes.Result<>(steps > 0 ? 1 : 0, pending);
            });
            entries.forEach(audit::record);
        }
        return changed;
    }

    private static Optional<Status> dueFor(ContentItemEntity item, Instant now) {
        return item == null ? Optional.empty() : SchedulerRules.due(Status.ofKey(item.getStatus()),
                item.getPublishAt(), item.getUnpublishAt(), now);
    }

    private static void applyTimes(ContentItemEntity item, PublishRequest times, Instant publishAt) {
        Instant unpublishAt = times.unpublishAt() != null ? times.unpublishAt() : item.getUnpublishAt();
        if (publishAt != null && unpublishAt != null && !unpublishAt.isAfter(publishAt)) {
            throw ProblemException.invalid(List.of(new FieldError("unpublishAt", "must be after publishAt")));
        }
        item.setPublishAt(Writes.micros(publishAt));
        item.setUnpublishAt(Writes.micros(unpublishAt));
    }

    private static List<ContentEvents.Pending> eventsFor(ContentItemEntity item, Status before, Status after) {
        if (after == Status.PUBLISHED && before != Status.PUBLISHED) {
            return List.of(ContentEvents.published(item));
        }
        if (before == Status.PUBLISHED && after != Status.PUBLISHED) {
            return List.of(ContentEvents.unpublished(item));
        }
        return List.of();
    }
}
