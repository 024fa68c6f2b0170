package org.hromada.documents.internal.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hromada.documents.internal.web.DocumentView;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What the public site reads beyond the API's list: addresses, issuing bodies, a document by its address. */
@Component(service = PublicDocuments.class)
public class PublicDocuments {
    private final Clock clock = Clock.systemUTC();

    @Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.documents)")
    private Transactions tx;

    @Reference
    private DocumentStore documents;

    /** A published document's public address and when it last changed. */
    public record Address(String segment, String url, Instant updatedAt) {
    }

    /**
     * The published document at {@code /documents/<segment>/<year>/<number>}. Numbers of kinds
     * numbered per convocation may repeat within a year of two convocations: the later convocation wins.
     */
    public Optional<DocumentView> byAddress(String segment, int year, String number) {
        if (year < 1900 || year > 2999 || number.isBlank() || number.length() > 40) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Long> id = tx.read(em -> em.createQuery("select d.id from DocumentEntity d where d.kind.segment = :segment"
                        + " and d.adoptedOn >= :first and d.adoptedOn <= :last and lower(d.number) = lower(:number)"
                        + " and d.publishedAt is not null and d.publishedAt <= :now"
                        + " order by d.convocation desc, d.id desc", Long.class)
                .setParameter("segment", segment).setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("last", LocalDate.of(year, 12, 31)).setParameter("number", number)
                .setParameter("now", now).setMaxResults(1).getResultStream().findFirst());
        return id.flatMap(found -> documents.find(found, true));
    }

    /** Every published document's address, for the sitemap. */
    public List<Address> addresses() {
        Instant now = clock.instant();
        return tx.read(em -> em.createQuery("select d.kind.segment, d.adoptedOn, d.number, d.updatedAt"
                        + " from DocumentEntity d where d.publishedAt is not null and d.publishedAt <= :now",
                        Object[].class)
                .setParameter("now", now).getResultStream()
                .map(row -> new Address((String) row[0], DocumentView.url((String) row[0], (LocalDate) row[1],
                        (String) row[2]), (Instant) row[3]))
                .toList());
    }

    /** The issuing bodies of published documents, for the register's filter. */
    public List<String> issuingBodies() {
        Instant now = clock.instant();
        return tx.read(em -> em.createQuery("select distinct d.issuingBody from DocumentEntity d"
                        + " where d.publishedAt is not null and d.publishedAt <= :now and d.issuingBody <> ''"
                        + " order by d.issuingBody", String.class)
                .setParameter("now", now).getResultList());
    }
}
