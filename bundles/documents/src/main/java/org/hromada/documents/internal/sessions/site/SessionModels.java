package org.hromada.documents.internal.sessions.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hromada.documents.internal.sessions.DocumentRef;
import org.hromada.documents.internal.sessions.ItemView;
import org.hromada.documents.internal.sessions.SessionView;
import org.hromada.documents.internal.sessions.VoteView;
import org.hromada.platform.api.site.SiteDates;

/**
 * Sessions as the templates show them: texts and dates ready to print, addresses in the page's language.
 * Works on the public view, so unpublished documents and votes whose time has not come are already out.
 */
final class SessionModels {

    private SessionModels() {
    }

    /** A row of the list; {@code full} is the same session with its agenda, to tell whether votes are out. */
    static Map<String, Object> row(SessionView s, SessionView full, String language) {
        Map<String, Object> row = card(s, language);
        row.put("votes", full != null && full.items() != null
                && full.items().stream().anyMatch(i -> i.votes() != null && !i.votes().isEmpty()));
        return row;
    }

    /** The session's own fields. */
    static Map<String, Object> card(SessionView s, String language) {
        Map<String, Object> card = new HashMap<>();
        card.put("url", SessionPaths.page(language, s.url()));
        card.put("bodyKind", s.bodyKind());
        card.put("bodyName", s.bodyName());
        card.put("convocation", s.convocation() == null ? "" : s.convocation().toString());
        card.put("number", String.valueOf(s.number()));
        card.put("title", text(s.title()));
        card.put("heldOn", SiteDates.date(s.heldOn(), language));
        card.put("heldOnIso", s.heldOn().toString());
        card.put("startsAt", text(s.startsAt()));
        card.put("place", text(s.place()));
        card.put("status", s.status());
        card.put("video", isOut(s.videoPublishedAt()) && s.videoUrl() != null);
        return card;
    }

    /** The session page's {@code session}: the card, the dates of Art. 15 part 6, the video and protocol. */
    static Map<String, Object> page(SessionView s, String language, Map<String, String> kindNames) {
        Map<String, Object> page = card(s, language);
        page.put("published", SiteDates.dateTime(s.publishedAt(), language));
        page.put("publishedIso", SiteDates.iso(s.publishedAt()));
        page.put("updated", SiteDates.dateTime(s.updatedAt(), language));
        page.put("updatedIso", SiteDates.iso(s.updatedAt()));
        page.put("notice", SiteDates.dateTime(s.noticePublishedAt(), language));
        page.put("noticeIso", SiteDates.iso(s.noticePublishedAt()));
        page.put("videoUrl", text(s.videoUrl()));
        page.put("videoEmbed", YouTubeVideo.id(s.videoUrl()).map(YouTubeVideo::embedUrl).orElse(""));
        page.put("videoPublished", isOut(s.videoPublishedAt()) ? SiteDates.dateTime(s.videoPublishedAt(), language) : "");
        page.put("videoPublishedIso", isOut(s.videoPublishedAt()) ? SiteDates.iso(s.videoPublishedAt()) : "");
        page.put("protocol", document(s.protocol(), language, kindNames));
        List<Map<String, Object>> items = new ArrayList<>();
        for (ItemView item : s.items() == null ? List.<ItemView>of() : s.items()) {
            items.add(item(item, language, kindNames));
        }
        page.put("items", items);
        return page;
    }

    private static Map<String, Object> item(ItemView i, String language, Map<String, String> kindNames) {
        Map<String, Object> item = new HashMap<>();
        item.put("id", String.valueOf(i.id()));
        item.put("position", String.valueOf(i.position()));
        item.put("title", i.title());
        item.put("draft", document(i.draft(), language, kindNames));
        item.put("decision", document(i.decision(), language, kindNames));
        item.put("result", i.result());
        item.put("secretBallot", i.secretBallot());
        item.put("voteHeld", SiteDates.dateTime(i.voteHeldAt(), language));
        item.put("voteHeldIso", SiteDates.iso(i.voteHeldAt()));
        // the public view leaves votes out (null) until votesPublishedAt has come
        boolean shown = i.votes() != null && !i.votes().isEmpty();
        item.put("votesShown", shown);
        item.put("votes", shown ? i.votes().stream().map(SessionModels::vote).toList() : List.of());
        item.put("totals", shown && i.totals() != null ? i.totals() : Map.of());
        item.put("votesPublished", shown ? SiteDates.dateTime(i.votesPublishedAt(), language) : "");
        item.put("votesPublishedIso", shown ? SiteDates.iso(i.votesPublishedAt()) : "");
        return item;
    }

    private static Map<String, Object> vote(VoteView v) {
        return Map.of("deputy", v.deputy(), "choice", v.choice());
    }

    /** A linked document with its public address; an empty map when there is none or it is not public. */
    private static Map<String, Object> document(DocumentRef ref, String language, Map<String, String> kindNames) {
        if (ref == null || ref.url() == null) {
            return Map.of();
        }
        return Map.of("url", SessionPaths.page(language, ref.url()), "kindName",
                kindNames.getOrDefault(ref.kind(), ref.kind()), "number", ref.number(), "title", text(ref.title()));
    }

    private static boolean isOut(Instant at) {
        return at != null && !at.isAfter(Instant.now());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
