package org.hromada.documents.internal.sessions;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hromada.documents.internal.entities.AgendaItemEntity;
import org.hromada.documents.internal.entities.DocumentEntity;
import org.hromada.documents.internal.entities.SessionEntity;
import org.hromada.documents.internal.entities.VoteEntity;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.audit.AuditLog;
import org.hromada.platform.api.calendar.WorkingDayCalendar;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * A session's agenda items and their per-deputy votes. Every change also marks the session changed
 * (its version and update time), so its ETag and optimistic version cover the agenda; each write is
 * one transaction and one audit entry on the session.
 */
@Component(service = AgendaStore.class)
public class AgendaStore {
    private final Clock clock = Clock.systemUTC();

    @Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.documents)")
    private Transactions tx;

    @Reference
    private WorkingDayCalendar calendar;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditLog audit;

    /** Adds an item, by default after the last one; returns the session and the new item's id. */
    public Added add(long sessionId, ItemRequest req, Identity who) {
        Instant now = now();
        Map<String, Object> after = new LinkedHashMap<>();
        Added added = SessionWrites.run(tx, em -> {
            SessionEntity s = SessionStore.existing(em, sessionId, req.version());
            ItemRules.Fields f = ItemRules.check(req, id -> em.find(DocumentEntity.class, id) != null);
            AgendaItemEntity item = new AgendaItemEntity();
            item.setSessionId(sessionId);
            item.setPosition(f.position() != null ? f.position() : nextPosition(em, sessionId));
            apply(item, f);
            em.persist(item);
            touch(s, now, who);
            em.flush();
            after.putAll(SessionSnapshots.of(item));
            return new Added(item.getId(), new SessionViews(em, now, false, calendar).full(s));
        });
        record(AuditEntry.of(who, "session.item_create", "session", sessionId).withSummary(String.valueOf(after.get("title")))
                .withChange(Map.of(), after));
        return added;
    }

    /** What {@link #add} made: the new item's id and the session with it. */
    public record Added(long itemId, SessionView session) {
    }

    /** Replaces the item's fields; a position left out keeps the item where it is. */
    public SessionView update(long sessionId, long itemId, ItemRequest req, Identity who) {
        Instant now = now();
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        SessionView view = SessionWrites.run(tx, em -> {
            SessionEntity s = SessionStore.existing(em, sessionId, req.version());
            AgendaItemEntity item = existing(em, sessionId, itemId);
            ItemRules.Fields f = ItemRules.check(req, id -> em.find(DocumentEntity.class, id) != null);
            if (f.secretBallot() && !item.isSecretBallot() && !votes(em, itemId).isEmpty()) {
                throw ProblemException.invalid(List.of(new FieldError("secretBallot",
                        "cannot be set while the item has per-deputy votes: replace them with an empty list first")));
            }
            before.putAll(SessionSnapshots.of(item));
            if (f.position() != null) {
                item.setPosition(f.position());
            }
            apply(item, f);
            after.putAll(SessionSnapshots.of(item));
            SessionSnapshots.keepChanged(before, after, "item");
            if (after.size() > 1) {
                touch(s, now, who);
            }
            em.flush();
            return new SessionViews(em, now, false, calendar).full(s);
        });
        if (after.size() > 1) {
            record(AuditEntry.of(who, "session.item_update", "session", sessionId)
                    .withSummary(item(view, itemId)).withChange(before, after));
        }
        return view;
    }

    /** Removes the item with its votes. */
    public void remove(long sessionId, long itemId, Identity who) {
        Instant now = now();
        Map<String, Object> before = SessionWrites.run(tx, em -> {
            SessionEntity s = SessionStore.existing(em, sessionId, null);
            AgendaItemEntity item = existing(em, sessionId, itemId);
            Map<String, Object> fields = SessionSnapshots.of(item);
            em.createQuery("delete from VoteEntity v where v.agendaItemId = :id").setParameter("id", itemId)
                    .executeUpdate();
            em.remove(item);
            touch(s, now, who);
            return fields;
        });
        record(AuditEntry.of(who, "session.item_delete", "session", sessionId)
                .withSummary(String.valueOf(before.get("title"))).withChange(before, Map.of()));
    }

    /** Replaces every per-deputy vote of the item; an empty list clears them. */
    public SessionView replaceVotes(long sessionId, long itemId, List<VoteRequest> votes, Identity who) {
        Instant now = now();
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        SessionView view = SessionWrites.run(tx, em -> {
            SessionEntity s = SessionStore.existing(em, sessionId, null);
            AgendaItemEntity item = existing(em, sessionId, itemId);
            Map<String, VoteChoice> checked = VoteRules.check(votes, item.isSecretBallot());
            List<VoteEntity> old = votes(em, itemId);
            before.putAll(SessionSnapshots.votes(itemId, old));
            old.forEach(em::remove);
            em.flush();
            List<VoteEntity> fresh = checked.entrySet().stream().map(e -> vote(itemId, e.getKey(), e.getValue()))
                    .toList();
            fresh.forEach(em::persist);
            touch(s, now, who);
            em.flush();
            after.putAll(SessionSnapshots.votes(itemId, fresh));
            return new SessionViews(em, now, false, calendar).full(s);
        });
        record(AuditEntry.of(who, "session.votes", "session", sessionId).withSummary(item(view, itemId))
                .withChange(before, after));
        return view;
    }

    private static void apply(AgendaItemEntity item, ItemRules.Fields f) {
        item.setTitle(f.title());
        item.setDraftDocumentId(f.draftDocumentId());
        item.setDecisionDocumentId(f.decisionDocumentId());
        item.setVoteHeldAt(f.voteHeldAt());
        item.setVotesPublishedAt(f.votesPublishedAt());
        item.setResult(f.result().key());
        item.setSecretBallot(f.secretBallot());
    }

    private static VoteEntity vote(long itemId, String deputy, VoteChoice choice) {
        VoteEntity vote = new VoteEntity();
        vote.setAgendaItemId(itemId);
        vote.setDeputy(deputy);
        vote.setChoice(choice.key());
        return vote;
    }

    private static AgendaItemEntity existing(EntityManager em, long sessionId, long itemId) {
        AgendaItemEntity item = em.find(AgendaItemEntity.class, itemId);
        if (item == null || item.getSessionId() != sessionId) {
            throw ProblemException.notFound("Session " + sessionId + " has no agenda item " + itemId + ".");
        }
        return item;
    }

    private static List<VoteEntity> votes(EntityManager em, long itemId) {
        return em.createQuery("from VoteEntity v where v.agendaItemId = :id order by v.id", VoteEntity.class)
                .setParameter("id", itemId).getResultList();
    }

    private static int nextPosition(EntityManager em, long sessionId) {
        Integer last = em.createQuery("select max(i.position) from AgendaItemEntity i where i.sessionId = :id",
                Integer.class).setParameter("id", sessionId).getSingleResult();
        return Math.min(last == null ? 1 : last + 1, ItemRules.MAX_POSITION);
    }

    // An agenda change is a change of the session: its version moves on, so stale editors get a 409.
    private static void touch(SessionEntity s, Instant now, Identity who) {
        s.setUpdatedAt(now);
        s.setUpdatedBy(who.username());
    }

    private static String item(SessionView view, long itemId) {
        return view.items().stream().filter(i -> i.id() == itemId).map(ItemView::title).findFirst().orElse("");
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
