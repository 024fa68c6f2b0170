package org.hromada.documents.internal.sessions;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hromada.documents.internal.entities.AgendaItemEntity;
import org.hromada.documents.internal.entities.DocumentEntity;
import org.hromada.documents.internal.entities.SessionEntity;
import org.hromada.documents.internal.entities.VoteEntity;
import org.hromada.documents.internal.web.DocumentView;
import org.hromada.platform.api.calendar.WorkingDayCalendar;

/**
 * Builds session views inside a read: items with votes and totals, linked documents and deadlines.
 * For the public ({@code publicOnly}) links to unpublished documents are left out, and votes show
 * once their publication time has come.
 */
final class SessionViews {
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final EntityManager em;
    private final Instant now;
    private final boolean publicOnly;
    private final WorkingDayCalendar calendar;

    SessionViews(EntityManager em, Instant now, boolean publicOnly, WorkingDayCalendar calendar) {
        this.em = em;
        this.now = now;
        this.publicOnly = publicOnly;
        this.calendar = calendar;
    }

    static boolean isPublic(SessionEntity s, Instant now) {
        return s.getPublishedAt() != null && !s.getPublishedAt().isAfter(now);
    }

    /** {@code /sessions/<year>/<body kind segment>-<number>}, e.g. {@code /sessions/2026/plenary-52}. */
    static String url(SessionEntity s) {
        String segment = Keyed.parse(BodyKind.class, s.getBodyKind()).map(BodyKind::segment).orElse(s.getBodyKind());
        return "/sessions/" + s.getHeldOn().getYear() + "/" + segment + "-" + s.getNumber();
    }

    /** The session with its agenda. */
    SessionView full(SessionEntity s) {
        List<AgendaItemEntity> items = items(List.of(s.getId())).getOrDefault(s.getId(), List.of());
        Map<Long, List<VoteEntity>> votes = votes(items);
        List<ItemView> views = items.stream().map(i -> item(i, votes.getOrDefault(i.getId(), List.of()))).toList();
        return view(s, items, views);
    }

    /** Sessions of a list: deadlines but no agenda. */
    List<SessionView> brief(List<SessionEntity> sessions) {
        Map<Long, List<AgendaItemEntity>> items = items(sessions.stream().map(SessionEntity::getId).toList());
        return sessions.stream().map(s -> view(s, items.getOrDefault(s.getId(), List.of()), null)).toList();
    }

    private SessionView view(SessionEntity s, List<AgendaItemEntity> items, List<ItemView> itemViews) {
        LocalDate today = LocalDate.ofInstant(now, SessionDeadlines.KYIV);
        return new SessionView(s.getId(), s.getBodyKind(), s.getBodyName(), s.getConvocation(), s.getNumber(),
                s.getTitle(), s.getHeldOn(), s.getStartsAt() == null ? null : s.getStartsAt().format(HOURS),
                s.getPlace(), s.getStatus(), s.getNoticePublishedAt(), s.getVideoUrl(), s.getVideoPublishedAt(),
                Retention.until(s), document(s.getProtocolDocumentId()), s.getPublishedAt(), s.getCreatedAt(),
                s.getUpdatedAt(), s.getCreatedBy(), s.getUpdatedBy(), s.getVersion(), url(s),
                SessionDeadlines.of(s, items, today, calendar), itemViews);
    }

    private ItemView item(AgendaItemEntity i, List<VoteEntity> votes) {
        boolean shown = !publicOnly || i.getVotesPublishedAt() != null && !i.getVotesPublishedAt().isAfter(now);
        Map<String, Integer> totals = i.isSecretBallot() || !shown ? null : totals(votes);
        List<VoteView> list = shown ? votes.stream().map(v -> new VoteView(v.getDeputy(), v.getChoice())).toList()
                : null;
        return new ItemView(i.getId(), i.getPosition(), i.getTitle(), document(i.getDraftDocumentId()),
                document(i.getDecisionDocumentId()), i.getVoteHeldAt(), i.getVotesPublishedAt(), i.getResult(),
                i.isSecretBallot(), totals, list);
    }

    /** Counts per choice, every choice present: {@code {"for":10,"against":1,...}}. */
    static Map<String, Integer> totals(Collection<VoteEntity> votes) {
        Map<VoteChoice, Integer> counts = new EnumMap<>(VoteChoice.class);
        for (VoteChoice choice : VoteChoice.values()) {
            counts.put(choice, 0);
        }
        for (VoteEntity vote : votes) {
            Keyed.parse(VoteChoice.class, vote.getChoice()).ifPresent(c -> counts.merge(c, 1, Integer::sum));
        }
        Map<String, Integer> totals = new LinkedHashMap<>();
        counts.forEach((choice, n) -> totals.put(choice.key(), n));
        return totals;
    }

    private DocumentRef document(Long id) {
        DocumentEntity d = id == null ? null : em.find(DocumentEntity.class, id);
        if (d == null) {
            return null;
        }
        boolean isPublic = DocumentView.isPublic(d, now);
        if (publicOnly && !isPublic) {
            return null;
        }
        return new DocumentRef(d.getId(), d.getKind().getCode(), d.getNumber(), d.getTitle(),
                isPublic ? DocumentView.url(d) : null);
    }

    private Map<Long, List<AgendaItemEntity>> items(List<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from AgendaItemEntity i where i.sessionId in :ids order by i.position, i.id",
                        AgendaItemEntity.class).setParameter("ids", sessionIds).getResultList().stream()
                .collect(Collectors.groupingBy(AgendaItemEntity::getSessionId, LinkedHashMap::new, Collectors.toList()));
    }

    private Map<Long, List<VoteEntity>> votes(List<AgendaItemEntity> items) {
        if (items.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = new ArrayList<>(items.stream().map(AgendaItemEntity::getId).toList());
        return em.createQuery("from VoteEntity v where v.agendaItemId in :ids order by v.id", VoteEntity.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(VoteEntity::getAgendaItemId));
    }
}
