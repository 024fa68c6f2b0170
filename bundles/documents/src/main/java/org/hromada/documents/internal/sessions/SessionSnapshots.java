package org.hromada.documents.internal.sessions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hromada.documents.internal.entities.AgendaItemEntity;
import org.hromada.documents.internal.entities.SessionEntity;
import org.hromada.documents.internal.entities.VoteEntity;

/** Sessions, items and votes as the audit log keeps them (JSON-friendly), and what changed between two. */
final class SessionSnapshots {

    private SessionSnapshots() {
    }

    static Map<String, Object> of(SessionEntity s) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("bodyKind", s.getBodyKind());
        fields.put("bodyName", s.getBodyName());
        fields.put("convocation", s.getConvocation());
        fields.put("number", s.getNumber());
        fields.put("title", s.getTitle());
        fields.put("heldOn", String.valueOf(s.getHeldOn()));
        fields.put("startsAt", text(s.getStartsAt()));
        fields.put("place", s.getPlace());
        fields.put("status", s.getStatus());
        fields.put("noticePublishedAt", text(s.getNoticePublishedAt()));
        fields.put("videoUrl", s.getVideoUrl());
        fields.put("videoPublishedAt", text(s.getVideoPublishedAt()));
        fields.put("protocolDocumentId", s.getProtocolDocumentId());
        fields.put("publishedAt", text(s.getPublishedAt()));
        return fields;
    }

    static Map<String, Object> of(AgendaItemEntity i) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("item", i.getId());
        fields.put("position", i.getPosition());
        fields.put("title", i.getTitle());
        fields.put("draftDocumentId", i.getDraftDocumentId());
        fields.put("decisionDocumentId", i.getDecisionDocumentId());
        fields.put("voteHeldAt", text(i.getVoteHeldAt()));
        fields.put("votesPublishedAt", text(i.getVotesPublishedAt()));
        fields.put("result", i.getResult());
        fields.put("secretBallot", i.isSecretBallot());
        return fields;
    }

    /** An item's votes: {@code {"item": 7, "votes": {"Ковальчук Олена": "for", ...}}}. */
    static Map<String, Object> votes(long itemId, List<VoteEntity> votes) {
        Map<String, String> choices = new LinkedHashMap<>();
        votes.forEach(v -> choices.put(v.getDeputy(), v.getChoice()));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("item", itemId);
        fields.put("votes", choices);
        return fields;
    }

    /** Keeps in {@code before} and {@code after} only the fields whose values differ, and {@code keep} always. */
    static void keepChanged(Map<String, Object> before, Map<String, Object> after, String keep) {
        for (String field : new ArrayList<>(before.keySet())) {
            if (!field.equals(keep) && Objects.equals(before.get(field), after.get(field))) {
                before.remove(field);
                after.remove(field);
            }
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
