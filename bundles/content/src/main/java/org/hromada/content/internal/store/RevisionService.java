package org.hromada.content.internal.store;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hromada.content.internal.entities.ContentItemEntity;
import org.hromada.content.internal.entities.ContentRevisionEntity;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.Status;
import org.hromada.content.internal.revisions.RevisionComparison;
import org.hromada.content.internal.revisions.RevisionDetail;
import org.hromada.content.internal.revisions.RevisionDiff;
import org.hromada.content.internal.revisions.RevisionSummary;
import org.hromada.content.internal.revisions.Snapshot;
import org.hromada.content.internal.revisions.Snapshots;
import org.hromada.content.internal.web.ContentView;
import org.hromada.content.internal.web.ItemRequest;
import org.hromada.content.internal.workflow.Workflow;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The history of an item: list, read, compare and restore its revisions. */
@Component(service = RevisionService.class)
public class RevisionService {

    @Reference(target = "(osgi.unit.name=org.hromada.content)")
    private Transactions tx;
    @Reference
    private ContentEvents events;
    @Reference
    private org.hromada.content.internal.cover.Covers covers;
    @Reference
    private ContentAudit audit;

    Clock clock = Clock.systemUTC();

    public List<RevisionSummary> list(ContentType type, long id) {
        return tx.read(em -> {
            Items.require(em, type, id);
            return em.createQuery("from ContentRevisionEntity r where r.itemId = :id order by r.number",
                            ContentRevisionEntity.class).setParameter("id", id).getResultList().stream()
                    .map(r -> new RevisionSummary(r.getNumber(), r.getAction(), r.getActor(), r.getCreatedAt()))
                    .toList();
        });
    }

    public RevisionDetail get(ContentType type, long id, int number) {
        return tx.read(em -> {
            Items.require(em, type, id);
            ContentRevisionEntity r = require(em, id, number);
            return new RevisionDetail(r.getNumber(), r.getAction(), r.getActor(), r.getCreatedAt(),
                    Snapshots.fromJson(r.getSnapshot()));
        });
    }

    /** Compares revision {@code number} with {@code against}, by default the one before it (0: none). */
    public RevisionComparison diff(ContentType type, long id, int number, Integer against) {
        return tx.read(em -> {
            Items.require(em, type, id);
            Snapshot after = Snapshots.fromJson(require(em, id, number).getSnapshot());
            int other = against != null ? against : number - 1;
            Snapshot before = other == 0 && against == null ? null
                    : Snapshots.fromJson(require(em, id, other).getSnapshot());
            return new RevisionComparison(number, other, RevisionDiff.compare(before, after));
        });
    }

    /** Copies a revision's editable fields back (the status stays) as a new revision {@code restored}. */
    public ContentView restore(ContentType type, long id, int number, Identity who) {
        return Writes.runAudited(tx, events, audit, em -> {
            ContentItemEntity item = Items.require(em, type, id);
            Workflow.checkEdit(who, item.getAuthor(), Status.ofKey(item.getStatus()));
            Snapshot was = RevisionLog.snapshot(item);
            Snapshot s = Snapshots.fromJson(require(em, id, number).getSnapshot());
            Long parent = s.parentId() != null && em.find(ContentItemEntity.class, s.parentId()) != null
                    ? s.parentId() : null;
            String slug = s.slug().equals(item.getSlug()) ? null : s.slug();
            if (slug != null && Items.slugTaken(em, type, s.language(), slug, id)) {
                throw ProblemException.conflict("Revision " + number + "'s slug '" + slug
                        + "' is now used by another " + type.key() + ".");
            }
            String oldSlug = item.getSlug();
            String oldLanguage = item.getLanguage();
            ItemEditor.apply(em, type, item, new ItemRequest(s.title(), s.summary(), s.body(), s.language(), slug,
                    s.section() == null ? "" : s.section(), s.tags(), s.pinned(), s.publishAt(), s.unpublishAt(),
                    parent, s.position(), null, null, null, s.coverAlt() == null ? "" : s.coverAlt()),
                    ItemEditor.NO_COVER_CHECK);
            // A null in the snapshot means "unset", which a request cannot say; set these directly.
            item.setPublishAt(s.publishAt());
            item.setUnpublishAt(s.unpublishAt());
            item.setParentId(parent);
            // The cover as it was, if the library still has it (a file deleted since is left out).
            item.setCoverId(s.coverId() != null && covers.image(s.coverId()).isPresent() ? s.coverId() : null);
            item.setUpdatedAt(Writes.now(clock));
            RevisionLog.append(em, item, RevisionLog.RESTORED, who.username(), item.getUpdatedAt());
            List<ContentEvents.Pending> pending = new java.util.ArrayList<>();
            if (Status.PUBLISHED.key().equals(item.getStatus())) {
                if (!oldSlug.equals(item.getSlug()) || !oldLanguage.equals(item.getLanguage())) {
                    pending.add(Writes.unpublishedAt(type, id, oldLanguage, oldSlug));
                }
                pending.add(ContentEvents.published(item));
            }
            return Writes.audited(Writes.result(em, item, pending),
                    AuditEntries.of(who, type, id, "revert", was, RevisionLog.snapshot(item)));
        });
    }

    private static ContentRevisionEntity require(EntityManager em, long id, int number) {
        return Optional.ofNullable(em.createQuery("from ContentRevisionEntity r where r.itemId = :id"
                                + " and r.number = :number", ContentRevisionEntity.class)
                        .setParameter("id", id).setParameter("number", number)
                        .getResultStream().findFirst().orElse(null))
                .orElseThrow(() -> ProblemException.notFound("The item " + id + " has no revision " + number + "."));
    }
}
