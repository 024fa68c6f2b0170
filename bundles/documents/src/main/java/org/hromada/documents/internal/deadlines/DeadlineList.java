package org.hromada.documents.internal.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hromada.documents.internal.entities.DocumentEntity;
import org.hromada.documents.internal.model.KyivTime;
import org.hromada.documents.internal.web.DocumentView;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Which documents met their publication deadline and which did not, for editors: every document not
 * yet public, and those adopted (or, for drafts, considered) within the asked period.
 */
@Component(service = DeadlineList.class)
public class DeadlineList {
    /** The period looked at when none is asked: the last year. */
    static final int DEFAULT_DAYS = 365;

    private final Clock clock = Clock.systemUTC();

    @Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.documents)")
    private Transactions tx;

    @Reference
    private DocumentDeadlines deadlines;

    /**
     * @param statuses the statuses to list (the counts cover all)
     * @param from     the first day of the period, null for a year before today
     */
    public DeadlineReport report(Set<DeadlineStatus> statuses, LocalDate from, int page, int size) {
        List<DeadlineItem> all = items(from, clock.instant());
        Map<String, Long> counts = new TreeMap<>(all.stream()
                .collect(Collectors.groupingBy(i -> i.deadline().status(), Collectors.counting())));
        Set<String> wanted = statuses.stream().map(DeadlineStatus::key).collect(Collectors.toSet());
        List<DeadlineItem> matching = all.stream().filter(i -> wanted.contains(i.deadline().status()))
                .sorted(Comparator.comparing((DeadlineItem i) -> i.deadline().dueOn(),
                        Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).thenComparing(DeadlineItem::id))
                .toList();
        int first = Math.min(matching.size(), (page - 1) * size);
        return new DeadlineReport(matching.subList(first, Math.min(matching.size(), first + size)), matching.size(),
                page, size, counts);
    }

    /**
     * Every document not yet public and those adopted (or to be considered) since {@code from} (null: a
     * year before {@code now}), with their deadlines as they stand at {@code now}.
     */
    public List<DeadlineItem> items(LocalDate from, Instant now) {
        LocalDate since = from != null ? from : KyivTime.day(now).minusDays(DEFAULT_DAYS);
        return tx.read(em -> em.createQuery("from DocumentEntity d where d.kind.publicationRule <> 'none'"
                        + " and (d.publishedAt is null or d.publishedAt > :now or d.adoptedOn >= :since"
                        + " or d.considerationOn >= :since)", DocumentEntity.class)
                .setParameter("now", now).setParameter("since", since).getResultList().stream()
                .map(d -> item(d, now)).toList());
    }

    private DeadlineItem item(DocumentEntity d, Instant now) {
        String url = DocumentView.isPublic(d, now) ? DocumentView.url(d) : null;
        return new DeadlineItem(d.getId(), d.getKind().getCode(), d.getKind().getNameUk(), d.getNumber(), d.getTitle(),
                d.getAdoptedOn(), d.getConsiderationOn(), d.getPublishedAt(), url, deadlines.of(d, now));
    }
}
