package org.hromada.documents.internal.console;

import static org.hromada.documents.internal.console.FakeConsole.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hromada.documents.internal.sessions.VoteRequest;
import org.hromada.documents.internal.web.DocumentRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.web.ProblemException;
import org.junit.jupiter.api.Test;

/** What the sections answer and write, over the fake stores. */
class SectionsTest {
    private final FakeConsole fake = new FakeConsole();

    private ConsoleResponse documents(String method, String path, Map<String, List<String>> params) {
        return new DocumentsSection(fake.services).handle(FakeConsole.request(method, "/console/documents", path, "uk",
                params, List.of()));
    }

    private ConsoleResponse sessions(String method, String path, Map<String, List<String>> params) {
        return new SessionsSection(fake.services).handle(FakeConsole.request(method, "/console/sessions", path, "uk",
                params, List.of()));
    }

    @Test
    void aCreatedDocumentOpensInTheEditor() {
        ConsoleResponse answer = documents("POST", "/new", params("kind", "council_decision", "number", "45-VIII",
                "adoptedOn", "2026-04-13", "title", "Про бюджет", "convocation", "8"));
        assertEquals(new ConsoleResponse.Redirect("/console/documents/12", "documents.flash.created"), answer);
        assertEquals("45-VIII", ((DocumentRequest) fake.writes.get(0)).number());
    }

    @Test
    void aBadDateComesBackOnItsFieldWithEverythingTyped() {
        ConsoleResponse.Page page = (ConsoleResponse.Page) documents("POST", "/new", params("kind", "council_decision",
                "number", "45-VIII", "adoptedOn", "2026-13-45x", "title", "Про бюджет"));
        assertEquals(422, page.status());
        assertEquals(Map.of("adoptedOn", "documents.error.store.adoptedOn"), page.model().get("errors"));
        assertEquals("Про бюджет", ((Map<?, ?>) page.model().get("form")).get("title"));
        assertTrue(fake.writes.isEmpty());
    }

    @Test
    void aStaleEditIsToldAndKeepsTheTyping() {
        fake.nextDocumentProblem = ProblemException.conflict("The document has changed since you loaded it: it is at"
                + " version 4. Load it again and reapply your changes.");
        ConsoleResponse.Page page = (ConsoleResponse.Page) documents("POST", "/12", params("kind", "council_decision",
                "number", "45-VIII", "adoptedOn", "2026-04-13", "title", "Нова назва", "version", "3"));
        assertEquals(409, page.status());
        assertEquals("documents.error.stale", page.model().get("problem"));
        assertEquals("Нова назва", ((Map<?, ?>) page.model().get("form")).get("title"));
    }

    @Test
    void aTakenNumberIsShownOnTheNumber() {
        fake.nextDocumentProblem = new ProblemException(409, "Duplicate number", "There is already a council decision No. 5.");
        ConsoleResponse.Page page = (ConsoleResponse.Page) documents("POST", "/12", params("title", "x", "version", "3"));
        assertEquals(Map.of("number", "documents.error.numberTaken"), page.model().get("errors"));
    }

    @Test
    void anUploadOverTheLimitIsExplained() {
        ConsoleResponse.Page page = (ConsoleResponse.Page) new DocumentsSection(fake.services).handle(FakeConsole.request(
                "POST", "/console/documents", "/12/attachments", "uk", params("title", "Рішення"),
                List.of(new org.hromada.platform.api.console.ConsoleFile("file", "big.pdf", "application/pdf", 100,
                        java.nio.file.Path.of("pom.xml")))));
        assertEquals(413, page.status());
        assertEquals("documents.upload.error.size", page.model().get("uploadError"));
        assertEquals("Рішення", page.model().get("uploadTitle"));
    }

    @Test
    void aLinkNeedsATarget() {
        ConsoleResponse.Page page = (ConsoleResponse.Page) documents("POST", "/12/links", params("type", "amends"));
        assertEquals("documents.error.linkTarget", page.model().get("linkError"));
        assertEquals(new ConsoleResponse.Redirect("/console/documents/12#links", "documents.flash.linked"),
                documents("POST", "/12/links", params("type", "amends", "target", "11")));
    }

    @Test
    void unknownPathsAndDocumentsAreNotFound() {
        for (String path : List.of("/99", "/abc", "/12/nothing", "/12/links/x/remove", "/12/attachments/5")) {
            assertEquals(ConsoleResponse.notFound(), documents("GET", path, Map.of()), path);
        }
        assertEquals(ConsoleResponse.notFound(), sessions("GET", "/7/items/99/votes", Map.of()));
    }

    @Test
    void anItemWithoutVotesListsTheDeputiesWhoVotedLastInTheSession() {
        ConsoleResponse.Page page = (ConsoleResponse.Page) sessions("GET", "/7/items/71/votes", Map.of());
        List<?> rows = (List<?>) page.model().get("rows");
        assertEquals("Іваненко І.", ((Map<?, ?>) rows.get(0)).get("deputy"));
        assertEquals("", ((Map<?, ?>) rows.get(0)).get("choice"), "the choice is the editor's to mark");
        assertEquals(2 + VoteSheet.BLANK_ROWS, rows.size());
    }

    @Test
    void theFirstItemOfASessionListsTheDeputiesOfTheEarlierSession() {
        FakeConsole lonely = new FakeConsole();
        lonely.services.sessions = new org.hromada.documents.internal.sessions.SessionStore() {
            @Override
            public java.util.Optional<org.hromada.documents.internal.sessions.SessionView> find(long id, boolean p) {
                var s = FakeConsole.session(id);
                return java.util.Optional.of(id == 7 ? withoutVotes(s) : s);
            }

            @Override
            public org.hromada.platform.api.web.PageResult<org.hromada.documents.internal.sessions.SessionView> list(
                    org.hromada.documents.internal.sessions.SessionQuery q) {
                assertEquals("Хоробрівська міська рада", q.body());
                assertEquals(8, q.convocation());
                return new org.hromada.platform.api.web.PageResult<>(List.of(withoutVotes(FakeConsole.session(7)),
                        FakeConsole.session(6)), 2, 1, 6);
            }
        };
        ConsoleResponse.Page page = (ConsoleResponse.Page) new SessionsSection(lonely.services).handle(
                FakeConsole.request("GET", "/console/sessions", "/7/items/70/votes", "uk", Map.of(), List.of()));
        List<?> rows = (List<?>) page.model().get("rows");
        assertEquals(List.of("Іваненко І.", "Петренко П.", "Сидоренко С."), rows.subList(0, 3).stream()
                .map(r -> ((Map<?, ?>) r).get("deputy")).toList());
    }

    @Test
    void votesAreSavedByReplacingThemAndTheSheetComesBack() {
        ConsoleResponse answer = sessions("POST", "/7/items/71/votes", params("rows", "3", "deputy0", "Іваненко І.",
                "choice0", "for", "deputy1", "Петренко П.", "choice1", "abstained", "deputy2", ""));
        assertEquals(new ConsoleResponse.Redirect("/console/sessions/7/items/71/votes", "sessions.flash.votesSaved"), answer);
        assertEquals(List.of(new VoteRequest("Іваненко І.", "for"), new VoteRequest("Петренко П.", "abstained")),
                fake.writes.get(0));
    }

    @Test
    void anAddedItemOpensItsVotes() {
        assertEquals(new ConsoleResponse.Redirect("/console/sessions/7/items/71/votes", "sessions.flash.itemAdded"),
                sessions("POST", "/7/items/new", params("title", "Про бюджет", "version", "4")));
    }

    private static org.hromada.documents.internal.sessions.SessionView withoutVotes(
            org.hromada.documents.internal.sessions.SessionView s) {
        return new org.hromada.documents.internal.sessions.SessionView(s.id(), s.bodyKind(), s.bodyName(),
                s.convocation(), s.number(), s.title(), s.heldOn(), s.startsAt(), s.place(), s.status(),
                s.noticePublishedAt(), s.videoUrl(), s.videoPublishedAt(), s.retentionUntil(), s.protocol(),
                s.publishedAt(), s.createdAt(), s.updatedAt(), s.createdBy(), s.updatedBy(), s.version(), s.url(),
                s.deadlines(), s.items().stream().map(i -> new org.hromada.documents.internal.sessions.ItemView(i.id(),
                        i.position(), i.title(), i.draft(), i.decision(), i.voteHeldAt(), i.votesPublishedAt(),
                        i.result(), i.secretBallot(), i.totals(), List.of())).toList());
    }
}
