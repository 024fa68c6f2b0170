package org.hromada.documents.internal.sessions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hromada.documents.internal.model.LikePatterns;
import org.hromada.documents.internal.entities.DocumentEntity;
import org.hromada.documents.internal.entities.SessionEntity;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.audit.AuditLog;
import org.hromada.platform.api.calendar.WorkingDayCalendar;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The sessions themselves; each method is one transaction, each write one audit entry. Items: {@link AgendaStore}. */
@Component(service = SessionStore.class)
public class SessionStore {
    private final Clock clock = Clock.systemUTC();

    @Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.documents)")
    private Transactions tx;

    @Reference
    private WorkingDayCalendar calendar;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditLog audit;

    /** Newest first; the public sees published sessions only. */
    public PageResult<SessionView> list(SessionQuery q) {
        Instant now = now();
        return tx.read(em -> {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            Map<String, Object> args = new LinkedHashMap<>();
            if (q.publicOnly()) {
                where.append(" and s.publishedAt is not null and s.publishedAt <= :now");
                args.put("now", now);
            }
            if (q.bodyKind() != null) {
                where.append(" and s.bodyKind = :kind");
                args.put("kind", q.bodyKind().key());
            }
            if (q.body() != null) {
                where.append(" and lower(s.bodyName) like :body escape '!'");
                args.put("body", LikePatterns.contains(q.body()));
            }
            if (q.convocation() != null) {
                where.append(" and s.convocation = :convocation");
                args.put("convocation", q.convocation());
            }
            if (q.from() != null) {
                where.append(" and s.heldOn >= :from");
                args.put("from", q.from());
            }
            if (q.to() != null) {
                where.append(" and s.heldOn <= :to");
                args.put("to", q.to());
            }
            TypedQuery<SessionEntity> page = em.createQuery("from SessionEntity s" + where
                    + " order by s.heldOn desc, s.id desc", SessionEntity.class);
            TypedQuery<Long> count = em.createQuery("select count(s) from SessionEntity s" + where, Long.class);
            args.forEach((name, value) -> {
                page.setParameter(name, value);
                count.setParameter(name, value);
            });
            List<SessionEntity> sessions = page.setFirstResult((q.page() - 1) * q.size()).setMaxResults(q.size())
                    .getResultList();
            return new PageResult<>(new SessionViews(em, now, q.publicOnly(), calendar).brief(sessions),
                    count.getSingleResult(), q.page(), q.size());
        });
    }

    /** The session with its agenda; empty when there is none or (for the public) it is not published. */
    public Optional<SessionView> find(long id, boolean publicOnly) {
        Instant now = now();
        return tx.read(em -> Optional.ofNullable(em.find(SessionEntity.class, id))
                .filter(s -> !publicOnly || SessionViews.isPublic(s, now))
                .map(s -> new SessionViews(em, now, publicOnly, calendar).full(s)));
    }

    public SessionView create(SessionRequest req, Identity who) {
        Instant now = now();
        Map<String, Object> after = new LinkedHashMap<>();
        SessionView created = SessionWrites.run(tx, em -> {
            SessionEntity s = new SessionEntity();
            apply(em, s, SessionRules.check(req, documentId -> em.find(DocumentEntity.class, documentId) != null));
            s.setCreatedAt(now);
            s.setCreatedBy(who.username());
            s.setUpdatedAt(now);
            s.setUpdatedBy(who.username());
            em.persist(s);
            em.flush();
            after.putAll(SessionSnapshots.of(s));
            return new SessionViews(em, now, false, calendar).full(s);
        });
        record(AuditEntry.of(who, "session.create", "session", created.id()).withSummary(summary(created))
                .withChange(Map.of(), after));
        return created;
    }

    public SessionView update(long id, SessionRequest req, Identity who) {
        Instant now = now();
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        SessionView updated = SessionWrites.run(tx, em -> {
            SessionEntity s = existing(em, id, req.version());
            before.putAll(SessionSnapshots.of(s));
            apply(em, s, SessionRules.check(req, documentId -> em.find(DocumentEntity.class, documentId) != null));
            after.putAll(SessionSnapshots.of(s));
            SessionSnapshots.keepChanged(before, after, null);
            if (!after.isEmpty()) {
                s.setUpdatedAt(now);
                s.setUpdatedBy(who.username());
            }
            em.flush();
            return new SessionViews(em, now, false, calendar).full(s);
        });
        if (!after.isEmpty()) {
            record(AuditEntry.of(who, "session.update", "session", id).withSummary(summary(updated))
                    .withChange(before, after));
        }
        return updated;
    }

    /** Deletes the session with its agenda and votes, unless the video's retention period holds it (409). */
    public void delete(long id, Identity who) {
        LocalDate today = LocalDate.ofInstant(now(), SessionDeadlines.KYIV);
        Map<String, Object> before = SessionWrites.run(tx, em -> {
            SessionEntity s = existing(em, id, null);
            Retention.checkDeletable(s, today);
            Map<String, Object> fields = SessionSnapshots.of(s);
            em.remove(s);
            return fields;
        });
        record(AuditEntry.of(who, "session.delete", "session", id)
                .withSummary(before.get("bodyName") + ", session " + before.get("number") + " of " + before.get("heldOn"))
                .withChange(before, Map.of()));
    }

    /** The session, or a 404; a 409 when {@code version} is given and stale. */
    static SessionEntity existing(EntityManager em, long id, Long version) {
        SessionEntity s = em.find(SessionEntity.class, id);
        if (s == null) {
            throw ProblemException.notFound("There is no session with id " + id + ".");
        }
        if (version != null && version != s.getVersion()) {
            throw ProblemException.conflict("The session has changed since you loaded it: it is at version "
                    + s.getVersion() + ". Load it again and reapply your changes.");
        }
        return s;
    }

    static String summary(SessionView s) {
        return s.bodyName() + ", session " + s.number() + " of " + s.heldOn();
    }

    private static void apply(EntityManager em, SessionEntity s, SessionRules.Fields f) {
        TypedQuery<Long> same = em.createQuery("select s.id from SessionEntity s where s.bodyKind = :kind"
                + " and lower(s.bodyName) = :name and s.number = :number and s.id <> :id and s.convocation "
                + (f.convocation() == null ? "is null" : "= :convocation"), Long.class);
        if (f.convocation() != null) {
            same.setParameter("convocation", f.convocation());
        }
        boolean taken = !same.setParameter("kind", f.bodyKind().key())
                .setParameter("name", f.bodyName().toLowerCase(Locale.ROOT)).setParameter("number", f.number())
                .setParameter("id", s.getId() == null ? -1L : s.getId()).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new ProblemException(409, "Duplicate session", "There is already a session No. " + f.number()
                    + " of " + f.bodyName() + (f.convocation() == null ? "" : " in convocation " + f.convocation())
                    + ".");
        }
        s.setBodyKind(f.bodyKind().key());
        s.setBodyName(f.bodyName());
        s.setConvocation(f.convocation());
        s.setNumber(f.number());
        s.setTitle(f.title());
        s.setHeldOn(f.heldOn());
        s.setStartsAt(f.startsAt());
        s.setPlace(f.place());
        s.setStatus(f.status().key());
        s.setNoticePublishedAt(f.noticePublishedAt());
        s.setVideoUrl(f.videoUrl());
        s.setVideoPublishedAt(f.videoPublishedAt());
        s.setProtocolDocumentId(f.protocolDocumentId());
        s.setPublishedAt(f.publishedAt());
    }

    private void record(AuditEntry entry) {
        AuditLog log = audit;
        if (log != null) {
            log.record(entry);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
