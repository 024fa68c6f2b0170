package org.hromada.documents.internal.accounting;

import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hromada.documents.internal.entities.DocumentEntity;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.site.SiteUrls;
import org.hromada.platform.api.web.PageResult;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Article 18 accounting system filled from the register: every published document and every
 * document whose access is restricted (its entry is public, its text is not). Drafts that are simply not
 * yet published are not in it. Part 3 of Art. 18: the system itself is never restricted, so nothing here
 * needs a role.
 */
@Component(service = AccountingRegister.class)
public class AccountingRegister {
    /** The fields an entry must have to count as complete (see {@link #incomplete}); the source falls back to the department. */
    static final String COMPLETE = "d.field <> '' and d.keywords <> '' and d.storage <> ''";
    private static final String ENTRIES = "((d.publishedAt is not null and d.publishedAt <= :now)"
            + " or d.restrictionBasis is not null)";

    private final Clock clock = Clock.systemUTC();
    private String siteUrl = "";

    @Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.documents)")
    private Transactions tx;

    @Activate
    void activate(BundleContext context) {
        siteUrl = SiteUrls.normalise(context.getProperty(SiteUrls.PROPERTY));
    }

    /** Every entry as an open-data row ({@link AccountingExport}), oldest first. */
    public List<Map<String, Object>> rows() {
        return all().stream().map(e -> AccountingExport.row(e, siteUrl)).toList();
    }

    /** A page of entries, newest first; {@code year} (of creation) and {@code kind} (a code) may be null. */
    public PageResult<AccountingEntry> page(Integer year, String kind, int page, int size) {
        Instant now = clock.instant();
        return tx.read(em -> {
            String where = " where " + ENTRIES + (year == null ? "" : " and d.adoptedOn >= :first and d.adoptedOn <= :last")
                    + (kind == null ? "" : " and d.kind.code = :kind");
            TypedQuery<DocumentEntity> items = em.createQuery("select d from DocumentEntity d" + where
                    + " order by d.adoptedOn desc, d.id desc", DocumentEntity.class);
            TypedQuery<Long> count = em.createQuery("select count(d) from DocumentEntity d" + where, Long.class);
            for (TypedQuery<?> q : List.of(items, count)) {
                q.setParameter("now", now);
                if (year != null) {
                    q.setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31));
                }
                if (kind != null) {
                    q.setParameter("kind", kind);
                }
            }
            List<AccountingEntry> found = items.setFirstResult((page - 1) * size).setMaxResults(size).getResultStream()
                    .map(d -> AccountingEntry.of(d, now)).toList();
            return new PageResult<>(found, count.getSingleResult(), page, size);
        });
    }

    /** Every entry, oldest first so that new rows append: the open-data export. */
    public List<AccountingEntry> all() {
        Instant now = clock.instant();
        return tx.read(em -> em.createQuery("select d from DocumentEntity d where " + ENTRIES
                        + " order by d.adoptedOn, d.id", DocumentEntity.class)
                .setParameter("now", now).getResultStream().map(d -> AccountingEntry.of(d, now)).toList());
    }

    /** The years of creation that have entries, newest first, for the page's filter. */
    public List<Integer> years() {
        Instant now = clock.instant();
        return tx.read(em -> em.createQuery("select distinct extract(year from d.adoptedOn) from DocumentEntity d"
                        + " where " + ENTRIES, Integer.class)
                .setParameter("now", now).getResultStream().sorted(Comparator.reverseOrder()).toList());
    }

    /** How many entries there are, and when the newest change to one was. */
    public Summary summary(Instant now) {
        return tx.read(em -> {
            Object[] row = em.createQuery("select count(d), max(d.updatedAt) from DocumentEntity d where " + ENTRIES,
                    Object[].class).setParameter("now", now).getSingleResult();
            return new Summary(((Number) row[0]).longValue(), (Instant) row[1]);
        });
    }

    /** Entries that lack a required accounting field (field, keywords, storage), oldest first: how many, and the first {@code max}. */
    public Incomplete incomplete(Instant now, int max) {
        return tx.read(em -> {
            String where = " where " + ENTRIES + " and not (" + COMPLETE + ")";
            long count = em.createQuery("select count(d) from DocumentEntity d" + where, Long.class)
                    .setParameter("now", now).getSingleResult();
            List<AccountingEntry> first = em.createQuery("select d from DocumentEntity d" + where
                            + " order by d.adoptedOn, d.id", DocumentEntity.class)
                    .setParameter("now", now).setMaxResults(max).getResultStream()
                    .map(d -> AccountingEntry.of(d, now)).toList();
            return new Incomplete(count, first);
        });
    }

    /** @param lastChanged null when there are no entries */
    public record Summary(long entries, Instant lastChanged) {
    }

    public record Incomplete(long count, List<AccountingEntry> first) {
    }
}
