package org.hromada.content.internal.site;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.PublicUrls;
import org.hromada.content.internal.model.Status;
import org.hromada.platform.api.persistence.Transactions;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads for the public site: published items only, always in one language. Lists select the columns
 * they show (no bodies, no tags), newest first.
 */
@Component(service = PublicContent.class)
public class PublicContent {
    private static final String COLUMNS = "select i.id, i.type, i.language, i.title, i.slug, i.summary, i.section,"
            + " i.pinned, i.publishedAt, i.updatedAt, i.parentId, i.translationId from ContentItemEntity i";
    private static final String PUBLISHED = " i.status = :status";
    /**
     * Newest first. The columns fixed by the where clause lead the order (it does not change it) so
     * that H2 reads the rows straight from the index {@code content_item_public_newest} and stops at
     * the page's last row; without them it sorts every item of the type.
     */
    private static final String NEWEST_FIRST = " order by i.type, i.language, i.status, i.publishedAt desc, i.id desc";
    private static final String TREE_ORDER = " order by i.position, i.title, i.id";

    @Reference(target = "(osgi.unit.name=org.hromada.content)")
    private Transactions tx;

    /** One page of a list. */
    public record Page(List<PublicItem> items, Pagination pagination) {
    }

    /** The requested page of a type's list, optionally of one section; empty for a page past the end. */
    public Optional<Page> list(ContentType type, String language, String section, String rawPage, int size) {
        String where = " where i.type = :type and i.language = :language and" + PUBLISHED
                + (section == null ? "" : " and i.section = :section");
        return tx.read(em -> {
            TypedQuery<Long> count = em.createQuery("select count(i) from ContentItemEntity i" + where, Long.class);
            bind(count, type, language, section);
            Optional<Pagination> pagination = Pagination.of(rawPage, size, count.getSingleResult());
            if (pagination.isEmpty()) {
                return Optional.<Page>empty();
            }
            TypedQuery<Object[]> rows = em.createQuery(COLUMNS + where + NEWEST_FIRST, Object[].class);
            bind(rows, type, language, section);
            List<PublicItem> items = rows.setFirstResult(pagination.get().offset()).setMaxResults(size)
                    .getResultList().stream().map(PublicContent::item).toList();
            return Optional.of(new Page(items, pagination.get()));
        });
    }

    /** The latest items of a type, leaving out {@code except} (ids already shown). */
    public List<PublicItem> latest(ContentType type, String language, int limit, Collection<Long> except) {
        String where = " where i.type = :type and i.language = :language and" + PUBLISHED
                + (except.isEmpty() ? "" : " and i.id not in :except");
        return tx.read(em -> {
            TypedQuery<Object[]> rows = em.createQuery(COLUMNS + where + NEWEST_FIRST, Object[].class);
            bind(rows, type, language, null);
            if (!except.isEmpty()) {
                rows.setParameter("except", except);
            }
            return rows.setMaxResults(limit).getResultList().stream().map(PublicContent::item).toList();
        });
    }

    /** The news pinned on the home page, newest first. */
    public List<PublicItem> pinnedNews(String language, int limit) {
        return tx.read(em -> {
            TypedQuery<Object[]> rows = em.createQuery(COLUMNS + " where i.type = :type and i.language = :language"
                    + " and i.pinned = true and" + PUBLISHED + NEWEST_FIRST, Object[].class);
            bind(rows, ContentType.NEWS, language, null);
            return rows.setMaxResults(limit).getResultList().stream().map(PublicContent::item).toList();
        });
    }

    /** The sections that published items of a type have in this language, sorted. */
    public List<String> sections(ContentType type, String language) {
        return tx.read(em -> {
            TypedQuery<String> q = em.createQuery("select distinct i.section from ContentItemEntity i"
                    + " where i.type = :type and i.language = :language and" + PUBLISHED
                    + " and i.section is not null order by i.section", String.class);
            bind(q, type, language, null);
            return q.getResultList();
        });
    }

    /** A published item with its body and tags, by its slug. */
    public Optional<PublicItem> find(ContentType type, String language, String slug) {
        return tx.read(em -> {
            TypedQuery<Object[]> rows = em.createQuery(COLUMNS + " where i.type = :type and i.language = :language"
                    + " and i.slug = :slug and" + PUBLISHED, Object[].class);
            bind(rows, type, language, null);
            rows.setParameter("slug", slug);
            return rows.setMaxResults(1).getResultList().stream().findFirst()
                    .map(row -> details(em, item(row)));
        });
    }

    /** Where a published item lives, for the sitemap. */
    public record Address(ContentType type, String language, String url, Instant updatedAt) {
    }

    /** Every published item's address, in both languages. */
    public List<Address> addresses() {
        return tx.read(em -> em.createQuery("select i.type, i.language, i.slug, i.updatedAt from ContentItemEntity i"
                        + " where" + PUBLISHED + " order by i.type, i.publishedAt desc", Object[].class)
                .setParameter("status", Status.PUBLISHED.key()).getResultList().stream().map(row -> {
                    ContentType type = ContentType.ofKey((String) row[0]);
                    String language = (String) row[1];
                    return new Address(type, language, PublicUrls.of(type, language, (String) row[2]),
                            (Instant) row[3]);
                }).toList());
    }

    /** A published item by id (no body, no tags): a translation, a parent page. */
    public Optional<PublicItem> findById(long id) {
        return tx.read(em -> byId(em, id));
    }

    /** A page's published ancestors, root first (see {@link Breadcrumbs#ancestors}). */
    public List<Breadcrumbs.Node> ancestors(PublicItem page) {
        return tx.read(em -> Breadcrumbs.ancestors(node(page),
                id -> byId(em, id).filter(p -> p.type() == ContentType.PAGE).map(PublicContent::node)));
    }

    /** The published pages under {@code parentId} (the top-level pages for null), in the editors' order. */
    public List<PublicItem> children(Long parentId, String language) {
        return tx.read(em -> {
            TypedQuery<Object[]> rows = em.createQuery(COLUMNS + " where i.type = :type and i.language = :language"
                    + " and" + PUBLISHED + (parentId == null ? " and i.parentId is null" : " and i.parentId = :parent")
                    + TREE_ORDER, Object[].class);
            bind(rows, ContentType.PAGE, language, null);
            if (parentId != null) {
                rows.setParameter("parent", parentId);
            }
            return rows.setMaxResults(200).getResultList().stream().map(PublicContent::item).toList();
        });
    }

    /** A published item's cover: its media id and the item's own alt text (either may be null). */
    public record CoverRef(Long mediaId, String alt) {
    }

    /** The cover of an item, read apart from the item so list queries stay as they are. */
    public CoverRef cover(long itemId) {
        return tx.read(em -> {
            Object[] row = em.createQuery("select i.coverId, i.coverAlt from ContentItemEntity i where i.id = :id",
                    Object[].class).setParameter("id", itemId).getSingleResult();
            return new CoverRef((Long) row[0], (String) row[1]);
        });
    }

    private static Optional<PublicItem> byId(EntityManager em, long id) {
        TypedQuery<Object[]> rows = em.createQuery(COLUMNS + " where i.id = :id and" + PUBLISHED, Object[].class);
        rows.setParameter("id", id).setParameter("status", Status.PUBLISHED.key());
        return rows.getResultList().stream().findFirst().map(PublicContent::item);
    }

    private static PublicItem details(EntityManager em, PublicItem item) {
        String body = em.createQuery("select i.body from ContentItemEntity i where i.id = :id", String.class)
                .setParameter("id", item.id()).getSingleResult();
        List<String> tags = em.createQuery("select t from ContentItemEntity i join i.tags t where i.id = :id"
                + " order by t", String.class).setParameter("id", item.id()).getResultList();
        return item.withDetails(body, tags);
    }

    private static Breadcrumbs.Node node(PublicItem page) {
        return new Breadcrumbs.Node(page.id(), page.parentId(), page.title(), page.url());
    }

    private static void bind(TypedQuery<?> query, ContentType type, String language, String section) {
        query.setParameter("type", type.key()).setParameter("language", language)
                .setParameter("status", Status.PUBLISHED.key());
        if (section != null) {
            query.setParameter("section", section);
        }
    }

    private static PublicItem item(Object[] row) {
        return new PublicItem((Long) row[0], ContentType.ofKey((String) row[1]), (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], (Boolean) row[7], (Instant) row[8],
                (Instant) row[9], (Long) row[10], (Long) row[11], null, List.of());
    }
}
