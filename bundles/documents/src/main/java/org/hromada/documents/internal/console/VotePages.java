package org.hromada.documents.internal.console;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.documents.internal.sessions.BodyKind;
import org.hromada.documents.internal.sessions.ItemView;
import org.hromada.documents.internal.sessions.Keyed;
import org.hromada.documents.internal.sessions.SessionQuery;
import org.hromada.documents.internal.sessions.SessionView;
import org.hromada.documents.internal.sessions.VoteChoice;
import org.hromada.documents.internal.sessions.VoteRequest;
import org.hromada.documents.internal.sessions.VoteView;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.web.ProblemException;

/**
 * The roll-call vote of an agenda item: a row per deputy with a choice, saved by replacing the item's
 * votes ({@code AgendaStore#replaceVotes}), with the totals. An item without votes yet lists the
 * deputies who voted last in this session, else in the latest earlier session of the same body and
 * convocation, so an editor only marks the choices.
 */
final class VotePages {
    /** How many earlier sessions are looked at for the deputies' names. */
    static final int EARLIER_SESSIONS = 5;

    private final DocumentsConsole services;

    VotePages(DocumentsConsole services) {
        this.services = services;
    }

    ConsoleResponse sheet(ConsoleRequest request, SessionView s, ItemView item) {
        Map<String, String> choices = new LinkedHashMap<>();
        if (item.votes() != null && !item.votes().isEmpty()) {
            item.votes().forEach(v -> choices.put(v.deputy(), v.choice()));
        } else {
            deputies(s, item.id()).forEach(name -> choices.put(name, ""));
        }
        return page(request, s, item, VoteSheet.of(choices), 200, null);
    }

    ConsoleResponse save(ConsoleRequest request, SessionView s, ItemView item) {
        VoteSheet sheet = VoteSheet.of(request);
        Optional<List<VoteRequest>> votes = sheet.toVotes();
        if (votes.isEmpty()) {
            return page(request, s, item, sheet, 422, "sessions.error.votes");
        }
        try {
            services.agenda.replaceVotes(s.id(), item.id(), votes.get(), request.identity());
            return ConsoleResponse.redirect(request.sectionBase() + "/" + s.id() + "/items/" + item.id() + "/votes",
                    "sessions.flash.votesSaved");
        } catch (ProblemException e) {
            if (StoreErrors.invalid(e) || e.status() == 409) {
                return page(request, s, item, sheet, e.status(), e.status() == 409 ? "documents.error.stale"
                        : item.secretBallot() ? "sessions.error.secret" : "sessions.error.votes");
            }
            throw e;
        }
    }

    /** The names to prefill: the last votes entered in this session, else in an earlier session of the body. */
    private List<String> deputies(SessionView s, long itemId) {
        Optional<List<String>> here = lastVoters(s, itemId);
        if (here.isPresent()) {
            return here.get();
        }
        BodyKind kind = Keyed.parse(BodyKind.class, s.bodyKind()).orElse(null);
        List<SessionView> earlier = services.sessions.list(new SessionQuery(kind, s.bodyName(), s.convocation(), null,
                s.heldOn(), 1, EARLIER_SESSIONS + 1, false)).items();
        for (SessionView other : earlier) {
            if (other.id() == s.id() || !other.bodyName().equalsIgnoreCase(s.bodyName())) {
                continue;
            }
            Optional<List<String>> names = services.sessions.find(other.id(), false).flatMap(o -> lastVoters(o, -1));
            if (names.isPresent()) {
                return names.get();
            }
        }
        return List.of();
    }

    /** The deputies of the last item (by place) with per-deputy votes, other than {@code itemId}. */
    private static Optional<List<String>> lastVoters(SessionView s, long itemId) {
        return s.items() == null ? Optional.empty() : s.items().stream()
                .filter(i -> i.id() != itemId && i.votes() != null && !i.votes().isEmpty())
                .max(Comparator.comparingInt(ItemView::position).thenComparingLong(ItemView::id))
                .map(i -> i.votes().stream().map(VoteView::deputy).toList());
    }

    private ConsoleResponse page(ConsoleRequest request, SessionView s, ItemView item, VoteSheet sheet, int status,
                                 String problem) {
        String sessionHref = request.sectionBase() + "/" + s.id();
        Map<String, Object> model = new HashMap<>();
        model.put("session", SessionPages.summary(s, request.sectionBase()));
        model.put("item", SessionPages.item(item, sessionHref));
        List<Map<String, Object>> rows = sheet.rowsWithBlanks();
        model.put("rows", rows);
        model.put("rowCount", rows.size());
        model.put("choices", Arrays.stream(VoteChoice.values()).map(VoteChoice::key).toList());
        model.put("problem", problem == null ? "" : problem);
        model.put("formAction", sessionHref + "/items/" + item.id() + "/votes");
        return new ConsoleResponse.Page(status, "sessions.votes.title", SessionsSection.T + "votes.ftl", model);
    }
}
