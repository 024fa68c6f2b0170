package org.hromada.documents.internal.console;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.documents.internal.attachments.AttachmentUploads;
import org.hromada.documents.internal.deadlines.Deadline;
import org.hromada.documents.internal.deadlines.DeadlineItem;
import org.hromada.documents.internal.deadlines.DeadlineList;
import org.hromada.documents.internal.deadlines.DeadlineReport;
import org.hromada.documents.internal.deadlines.DeadlineStatus;
import org.hromada.documents.internal.sessions.AgendaStore;
import org.hromada.documents.internal.sessions.DocumentRef;
import org.hromada.documents.internal.sessions.ItemRequest;
import org.hromada.documents.internal.sessions.ItemView;
import org.hromada.documents.internal.sessions.SessionQuery;
import org.hromada.documents.internal.sessions.SessionRequest;
import org.hromada.documents.internal.sessions.SessionStore;
import org.hromada.documents.internal.sessions.SessionView;
import org.hromada.documents.internal.sessions.VoteRequest;
import org.hromada.documents.internal.sessions.VoteView;
import org.hromada.documents.internal.store.AttachmentStore;
import org.hromada.documents.internal.store.DocumentStore;
import org.hromada.documents.internal.store.KindStore;
import org.hromada.documents.internal.web.AttachmentView;
import org.hromada.documents.internal.web.DocumentRequest;
import org.hromada.documents.internal.web.DocumentView;
import org.hromada.documents.internal.web.KindView;
import org.hromada.documents.internal.web.LinkView;
import org.hromada.documents.internal.web.ListParams;
import org.hromada.platform.api.console.ConsoleFile;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;

/**
 * The console's services over in-memory stand-ins: document 12 (with a link and an attachment),
 * session 7 (item 70 with votes, item 71 without) and an earlier session 6 of the same council.
 * Writes are recorded in {@link #writes}; a document's bad {@code adoptedOn} is refused as the store would.
 */
final class FakeConsole {
    static final Identity EDITOR = new Identity("olena", Set.of("editor"), Channels.CONSOLE);
    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    final List<Object> writes = new ArrayList<>();
    final DocumentsConsole services = new DocumentsConsole();
    ProblemException nextDocumentProblem;

    FakeConsole() {
        services.documents = new DocumentStore() {
            @Override
            public PageResult<DocumentView> list(ListParams p) {
                return new PageResult<>(List.of(document()), 45, p.page(), p.size());
            }

            @Override
            public Optional<DocumentView> find(long id, boolean publicOnly) {
                return id == 12 ? Optional.of(document()) : Optional.empty();
            }

            @Override
            public DocumentView create(DocumentRequest req, Identity who) {
                return write(req);
            }

            @Override
            public DocumentView update(long id, DocumentRequest req, Identity who) {
                return write(req);
            }

            @Override
            public DocumentView link(long id, org.hromada.documents.internal.web.LinkRequest req, Identity who) {
                writes.add(req);
                return document();
            }
        };
        services.kinds = new KindStore() {
            @Override
            public List<KindView> list() {
                return List.of(new KindView("council_decision", "Рішення ради", "Council decision", "council-decisions",
                        "convocation", 10, "act"), new KindView("draft_decision", "Проєкт рішення", "Draft decision",
                        "drafts", "year", 40, "draft"));
            }
        };
        services.attachments = new AttachmentStore() {
            @Override
            public List<AttachmentView> forDocument(long documentId) {
                return List.of(new AttachmentView(5, 12, 40, "rishennia.pdf", "application/pdf", 20_480, "Рішення",
                        1, "/media/40/rishennia.pdf", "extracted", 1200, "Про затвердження <програми>", NOW, "olena"));
            }
        };
        services.uploads = new AttachmentUploads() {
            @Override
            public void checkTarget(long documentId) {
            }

            @Override
            public Path receive(java.io.InputStream body) {
                throw tooLarge(10);
            }
        };
        services.deadlines = new DeadlineList() {
            @Override
            public DeadlineReport report(Set<DeadlineStatus> statuses, LocalDate from, int page, int size) {
                Deadline late = new Deadline("act", LocalDate.of(2026, 4, 20), null, "late", 8, "");
                return new DeadlineReport(List.of(new DeadlineItem(12, "council_decision", "Рішення ради", "45-VIII",
                        "Про бюджет", LocalDate.of(2026, 4, 13), null, null, null, late)), 3, page, size,
                        Map.of("late", 2L, "no_date", 1L, "met", 10L));
            }
        };
        services.sessions = new SessionStore() {
            @Override
            public PageResult<SessionView> list(SessionQuery q) {
                return new PageResult<>(List.of(session(7), session(6)), 2, q.page(), q.size());
            }

            @Override
            public Optional<SessionView> find(long id, boolean publicOnly) {
                return id == 7 || id == 6 ? Optional.of(session(id)) : Optional.empty();
            }

            @Override
            public SessionView create(SessionRequest req, Identity who) {
                writes.add(req);
                return session(7);
            }

            @Override
            public SessionView update(long id, SessionRequest req, Identity who) {
                writes.add(req);
                return session(7);
            }
        };
        services.agenda = new AgendaStore() {
            @Override
            public Added add(long sessionId, ItemRequest req, Identity who) {
                writes.add(req);
                return new Added(71, session(7));
            }

            @Override
            public SessionView replaceVotes(long sessionId, long itemId, List<VoteRequest> votes, Identity who) {
                writes.add(votes);
                return session(7);
            }
        };
    }

    private DocumentView write(DocumentRequest req) {
        if (nextDocumentProblem != null) {
            throw nextDocumentProblem;
        }
        if (req.adoptedOn() != null && !req.adoptedOn().matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw ProblemException.invalid(List.of(new FieldError("adoptedOn",
                    "must be a date as yyyy-MM-dd, years 1900 to 2999")));
        }
        writes.add(req);
        return document();
    }

    static DocumentView document() {
        return new DocumentView(12, "council_decision", "Рішення ради", "45-VIII", LocalDate.of(2026, 4, 13),
                "Про бюджет <громади>", "Опис", "Текст", "Рада", 8, 52, "Фінвідділ", NOW, null, "in_force", true, false,
                NOW, NOW, "olena", 3, "/documents/council-decisions/2026/45-VIII", null, "standard", "",
                null, "", null, null, "Бюджет і фінанси", "бюджет", "electronic", "Архів",
                new Deadline("act", LocalDate.of(2026, 4, 20), LocalDate.of(2026, 5, 1), "late", 8, ""),
                List.of(new LinkView(9, "amends", 11, "council_decision", "12-VIII", "Про бюджет 2025",
                        LocalDate.of(2025, 1, 10), null)));
    }

    /** Session 7 (item 70 voted, 71 not) or the earlier session 6 (item 60 voted by three deputies). */
    static SessionView session(long id) {
        List<ItemView> items = id == 7
                ? List.of(item(70, 1, List.of(new VoteView("Іваненко І.", "for"), new VoteView("Петренко П.", "against"))),
                        item(71, 2, List.of()))
                : List.of(item(60, 1, List.of(new VoteView("Іваненко І.", "for"), new VoteView("Петренко П.", "for"),
                        new VoteView("Сидоренко С.", "absent"))));
        return new SessionView(id, "plenary", "Хоробрівська міська рада", 8, (int) id + 45, "",
                LocalDate.of(2026, 4, (int) id), LocalTime.of(10, 0).toString(), "Зала", "held", null, null, null, null,
                new DocumentRef(12, "council_decision", "45-VIII", "Про бюджет", null), NOW, NOW, NOW, "olena", "olena",
                4, "/sessions/2026/plenary-" + (id + 45), List.of(), items);
    }

    private static ItemView item(long id, int position, List<VoteView> votes) {
        Map<String, Integer> totals = new HashMap<>();
        for (String c : List.of("for", "against", "abstained", "did_not_vote", "absent")) {
            totals.put(c, (int) votes.stream().filter(v -> v.choice().equals(c)).count());
        }
        return new ItemView(id, position, "Питання " + position, new DocumentRef(12, "council_decision", "45-VIII", "x",
                null), null, NOW, null, "adopted", false, totals, votes);
    }

    static ConsoleRequest request(String method, String base, String path, String language, Map<String, List<String>> params,
                                  List<ConsoleFile> files) {
        return new ConsoleRequest(method, path, params, files, EDITOR, Locale.forLanguageTag(language), base, "csrf");
    }

    /** Parameters from pairs; a name given twice gets both values. */
    static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> params = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return params;
    }
}
