package org.hromada.requests.internal.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.site.SiteDates;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.entities.DeadlineChangeEntity;
import org.hromada.requests.internal.entities.RequestEntity;
import org.hromada.requests.internal.mail.Outbox;
import org.hromada.requests.internal.model.Status;
import org.hromada.requests.internal.stats.Statistics;
import org.hromada.requests.internal.stats.StatisticsView;
import org.hromada.requests.internal.web.DeadlineChangeView;
import org.hromada.requests.internal.web.ListParams;
import org.hromada.requests.internal.web.NoticeView;
import org.hromada.requests.internal.web.RequestView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The register as staff read it: one request with its history and notices, the filtered list, a year's figures. */
@Component(service = RequestReads.class)
public class RequestReads {
    private final Clock clock = Clock.systemUTC();
    private final Transactions tx;
    private final Outbox outbox;

    @Activate
    public RequestReads(@Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.requests)") Transactions tx,
                        @Reference Outbox outbox) {
        this.tx = tx;
        this.outbox = outbox;
    }

    public RequestView find(long id) {
        Instant now = clock.instant();
        return tx.read(em -> view(em, entity(em, id), now));
    }

    public PageResult<RequestView> list(ListParams p) {
        return list(p, null);
    }

    /**
     * The filtered list narrowed by {@code words} (null for none): requests whose number, requester's
     * name or e-mail, or description contain them, ignoring case.
     */
    public PageResult<RequestView> list(ListParams p, String words) {
        Instant now = clock.instant();
        return tx.read(em -> {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            Map<String, Object> args = new LinkedHashMap<>();
            if (words != null && !words.isBlank()) {
                where.append(" and (lower(r.number) like :words escape '!' or lower(r.requester.name) like :words"
                        + " escape '!' or lower(r.requester.email) like :words escape '!'"
                        + " or lower(r.description) like :words escape '!')");
                args.put("words", "%" + likeEscaped(words.strip().toLowerCase(Locale.ROOT)) + "%");
            }
            if (p.status() != null) {
                where.append(" and r.status = :status");
                args.put("status", p.status().key());
            }
            if (p.channel() != null) {
                where.append(" and r.channel = :channel");
                args.put("channel", p.channel().key());
            }
            if (p.department() != null) {
                where.append(" and r.department = :department");
                args.put("department", p.department());
            }
            if (p.from() != null) {
                where.append(" and r.receivedAt >= :from");
                args.put("from", startOf(p.from()));
            }
            if (p.to() != null) {
                where.append(" and r.receivedAt < :to");
                args.put("to", startOf(p.to().plusDays(1)));
            }
            if (p.overdue()) {
                where.append(" and r.status in :open and r.dueAt <= :now");
                args.put("open", Status.OPEN.stream().map(Status::key).toList());
                args.put("now", now);
            }
            TypedQuery<RequestEntity> page = em.createQuery("select r from RequestEntity r" + where
                    + " order by r.receivedAt desc, r.id desc", RequestEntity.class);
            TypedQuery<Long> count = em.createQuery("select count(r) from RequestEntity r" + where, Long.class);
            args.forEach((name, value) -> {
                page.setParameter(name, value);
                count.setParameter(name, value);
            });
            List<RequestView> items = page.setFirstResult((p.page() - 1) * p.size()).setMaxResults(p.size())
                    .getResultList().stream().map(r -> RequestView.of(r, now, List.of(), List.of())).toList();
            return new PageResult<>(items, count.getSingleResult(), p.page(), p.size());
        });
    }

    /**
     * What the dashboard shows: how many open requests are past their deadline, due today (Kyiv's
     * day, not yet past) and open in all, and the {@code limit} open ones with the nearest deadline.
     */
    public DueSummary due(int limit) {
        Instant now = clock.instant();
        List<String> open = Status.OPEN.stream().map(Status::key).toList();
        return tx.read(em -> {
            long overdue = em.createQuery("select count(r) from RequestEntity r where r.status in :open"
                    + " and r.dueAt <= :now", Long.class).setParameter("open", open).setParameter("now", now)
                    .getSingleResult();
            long today = em.createQuery("select count(r) from RequestEntity r where r.status in :open"
                    + " and r.dueAt > :now and r.dueOn = :today", Long.class).setParameter("open", open)
                    .setParameter("now", now).setParameter("today", RequestDeadlines.day(now)).getSingleResult();
            long all = em.createQuery("select count(r) from RequestEntity r where r.status in :open", Long.class)
                    .setParameter("open", open).getSingleResult();
            List<RequestView> soonest = em.createQuery("select r from RequestEntity r where r.status in :open"
                    + " and r.dueAt is not null order by r.dueAt, r.id", RequestEntity.class).setParameter("open", open)
                    .setMaxResults(limit).getResultList().stream()
                    .map(r -> RequestView.of(r, now, List.of(), List.of())).toList();
            return new DueSummary(overdue, today, all, soonest);
        });
    }

    /** How many requests the register holds. */
    public long count() {
        return tx.read(em -> em.createQuery("select count(r) from RequestEntity r", Long.class).getSingleResult());
    }

    /** The figures of the requests received in {@code year} (Kyiv's calendar). */
    public StatisticsView statistics(int year) {
        Instant now = clock.instant();
        List<RequestEntity> requests = tx.read(em -> em.createQuery("select r from RequestEntity r"
                        + " where r.receivedAt >= :from and r.receivedAt < :to", RequestEntity.class)
                .setParameter("from", startOf(LocalDate.of(year, 1, 1)))
                .setParameter("to", startOf(LocalDate.of(year + 1, 1, 1))).getResultList());
        return Statistics.of(year, requests, now);
    }

    RequestEntity entity(EntityManager em, long id) {
        RequestEntity r = em.find(RequestEntity.class, id);
        if (r == null) {
            throw ProblemException.notFound("No request " + id + ".");
        }
        return r;
    }

    RequestView view(EntityManager em, RequestEntity r, Instant now) {
        List<DeadlineChangeView> history = em.createQuery("select c from DeadlineChangeEntity c"
                + " where c.requestId = :id order by c.changedAt, c.id", DeadlineChangeEntity.class)
                .setParameter("id", r.getId()).getResultList().stream().map(DeadlineChangeView::of).toList();
        List<NoticeView> notices = outbox.of(em, r.getId()).stream().map(NoticeView::of).toList();
        return RequestView.of(r, now, history, notices);
    }

    /** {@code %} and {@code _} typed by a user match themselves (the escape character is {@code !}). */
    private static String likeEscaped(String words) {
        return words.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(SiteDates.ZONE).toInstant();
    }
}
