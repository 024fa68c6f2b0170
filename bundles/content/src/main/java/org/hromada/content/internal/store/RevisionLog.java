package org.hromada.content.internal.store;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.hromada.content.internal.entities.ContentItemEntity;
import org.hromada.content.internal.entities.ContentRevisionEntity;
import org.hromada.content.internal.revisions.Snapshot;
import org.hromada.content.internal.revisions.Snapshots;

/** Appends a revision for every write; all writers (API, scheduler, restore) go through here. */
final class RevisionLog {
    static final String CREATED = "created";
    static final String UPDATED = "updated";
    static final String RESTORED = "restored";
    static final String SCHEDULER = "scheduler";

    private RevisionLog() {
    }

    static void append(EntityManager em, ContentItemEntity item, String action, String actor, Instant now) {
        Integer last = em.createQuery("select max(r.number) from ContentRevisionEntity r where r.itemId = :id",
                Integer.class).setParameter("id", item.getId()).getSingleResult();
        em.persist(new ContentRevisionEntity(item.getId(), last == null ? 1 : last + 1, action, actor, now,
                Snapshots.toJson(snapshot(item))));
    }

    static Snapshot snapshot(ContentItemEntity e) {
        return new Snapshot(e.getLanguage(), e.getTitle(), e.getSlug(), e.getSummary(), e.getBody(), e.getSection(),
                e.getTags().stream().sorted().toList(), e.isPinned(), e.getStatus(), e.getPublishAt(), e.getUnpublishAt(),
                e.getParentId(), e.getPosition(), e.getCoverId(), e.getCoverAlt());
    }
}
