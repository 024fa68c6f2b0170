package org.hromada.content.internal.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.content.internal.cover.Covers;
import org.hromada.content.internal.entities.ContentItemEntity;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.Status;
import org.hromada.content.internal.web.ContentView;
import org.hromada.content.internal.web.ItemRequest;
import org.hromada.content.internal.workflow.Workflow;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Creating, reading, editing and deleting items; each method is one transaction. */
@Component(service = ContentStore.class)
public class ContentStore {
    /** Day filters ({@code from}, {@code to}) are days on the council's calendar. */
    static final ZoneId SITE_ZONE = ZoneId.of("Europe/Kyiv");
    public static final String PUBLISH_AT = "publishAt";
    public static final String UNPUBLISH_AT = "unpublishAt";
    public static final String PARENT_ID = "parentId";

    @Reference(target = "(osgi.unit.name=org.hromada.content)")
    private Transactions tx;
    @Reference
    private ContentEvents events;
    @Reference
    private Covers covers;
    @Reference
    private ContentAudit audit;

    Clock clock = Clock.systemUTC();

    public ContentView create(ContentType type, ItemRequest req, Identity who) {
        return Writes.runAudited(tx, events, audit, em -> {
            Instant now = Writes.now(clock);
            ContentItemEntity item = new ContentItemEntity(type.key(), who.username(), now);
            item.setStatus(Status.DRAFT.key());
            ItemEditor.apply(em, type, item, req, covers::problem);
            em.persist(item);
            RevisionLog.append(em, item, RevisionLog.CREATED, who.username(), now);
            Writes.Result<ContentView> result = Writes.result(em, item, List.of());
            return Writes.audited(result, AuditEntries.of(who, type, item.getId(), "create", null,
                    RevisionLog.snapshot(item)));
        });
    }

    public ContentView update(ContentType type, long id, ItemRequest req, Identity who) {
        return update(type, id, req, who, Set.of());
    }

    /**
     * An update that also unsets some of the optional fields a request cannot unset (a null keeps them):
     * {@value #PUBLISH_AT}, {@value #UNPUBLISH_AT}, {@value #PARENT_ID}. The console's form, where an
     * emptied field means "none", uses it.
     */
    public ContentView update(ContentType type, long id, ItemRequest req, Identity who, Set<String> unset) {
        return Writes.runAudited(tx, events, audit, em -> {
            ContentItemEntity item = Items.require(em, type, id);
            Workflow.checkEdit(who, item.getAuthor(), Status.ofKey(item.getStatus()));
            org.hromada.content.internal.revisions.Snapshot before = RevisionLog.snapshot(item);
            if (req.version() != null && req.version() != item.getVersion()) {
                throw Writes.stale(item.getVersion());
            }
            String oldUrlSlug = item.getSlug();
            String oldLanguage = item.getLanguage();
            ItemEditor.apply(em, type, item, req, covers::problem);
            if (unset.contains(PUBLISH_AT) && req.publishAt() == null) {
                item.setPublishAt(null);
            }
            if (unset.contains(UNPUBLISH_AT) && req.unpublishAt() == null) {
                item.setUnpublishAt(null);
            }
            if (unset.contains(PARENT_ID) && req.parentId() == null) {
                item.setParentId(null);
            }
            item.setUpdatedAt(Writes.now(clock));
            RevisionLog.append(em, item, RevisionLog.UPDATED, who.username(), item.getUpdatedAt());
            List<ContentEvents.Pending> pending = new ArrayList<>();
            if (Status.PUBLISHED.key().equals(item.getStatus())) {
                if (!oldUrlSlug.equals(item.getSlug()) || !oldLanguage.equals(item.getLanguage())) {
                    pending.add(Writes.unpublishedAt(type, id, oldLanguage, oldUrlSlug));
                }
                pending.add(ContentEvents.published(item));
            }
            return Writes.audited(Writes.result(em, item, pending),
                    AuditEntries.of(who, type, id, "update", before, RevisionLog.snapshot(item)));
        });
    }

    public void delete(ContentType type, long id, Identity who) {
        Writes.runAudited(tx, events, audit, em -> {
            ContentItemEntity item = Items.require(em, type, id);
            Workflow.checkEdit(who, item.getAuthor(), Status.ofKey(item.getStatus()));
            List<ContentEvents.Pending> pending = Status.PUBLISHED.key().equals(item.getStatus())
                    ? List.of(ContentEvents.unpublished(item)) : List.of();
            org.hromada.content.internal.revisions.Snapshot before = RevisionLog.snapshot(item);
            em.remove(item);
            return Writes.audited(new Writes.Result<>(null, pending),
                    AuditEntries.of(who, type, id, "delete", before, null));
        });
    }

    /** The item, if it exists and the caller may see it (the public sees published items only). */
    public Optional<ContentView> find(ContentType type, long id, Identity who) {
        return tx.read(em -> {
            ContentItemEntity item = em.find(ContentItemEntity.class, id);
            if (item == null || !item.getType().equals(type.key())
                    || !Workflow.seesDrafts(who) && !Status.PUBLISHED.key().equals(item.getStatus())) {
                return Optional.empty();
            }
            return Optional.of(ContentView.of(item));
        });
    }

    public PageResult<ContentView> list(ContentType type, ContentQuery query) {
        StringBuilder where = new StringBuilder(" from ContentItemEntity i where i.type = :type");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("type", type.key());
        add(where, params, "language", query.language(), " and i.language = :language");
        add(where, params, "status", query.status() == null ? null : query.status().key(), " and i.status = :status");
        add(where, params, "section", query.section(), " and i.section = :section");
        add(where, params, "tag", query.tag(), " and :tag member of i.tags");
        add(where, params, "author", query.author(), " and i.author = :author");
        add(where, params, "from", query.from() == null ? null : query.from().atStartOfDay(SITE_ZONE).toInstant(),
                " and i.publishedAt >= :from");
        add(where, params, "to", query.to() == null ? null
                : query.to().plusDays(1).atStartOfDay(SITE_ZONE).toInstant(), " and i.publishedAt < :to");
        add(where, params, "q", query.q() == null ? null : "%" + likeEscaped(query.q().toLowerCase(java.util.Locale.ROOT)) + "%",
                " and (lower(i.title) like :q escape '!' or lower(i.summary) like :q escape '!')");
        return tx.read(em -> {
            TypedQuery<Long> count = em.createQuery("select count(i)" + where, Long.class);
            TypedQuery<ContentItemEntity> page = em.createQuery("select i" + where
                    + " order by i.publishedAt desc, i.createdAt desc, i.id desc", ContentItemEntity.class);
            params.forEach((name, value) -> {
                count.setParameter(name, value);
                page.setParameter(name, value);
            });
            List<ContentView> items = page.setFirstResult((query.page() - 1) * query.size())
                    .setMaxResults(query.size()).getResultList().stream().map(ContentView::of).toList();
            return new PageResult<>(items, count.getSingleResult(), query.page(), query.size());
        });
    }

    private static void add(StringBuilder where, Map<String, Object> params, String name, Object value, String clause) {
        if (value != null) {
            where.append(clause);
            params.put(name, value);
        }
    }

    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static ProblemException notFound(ContentType type, long id) {
        return Items.notFound(type, id);
    }
}
