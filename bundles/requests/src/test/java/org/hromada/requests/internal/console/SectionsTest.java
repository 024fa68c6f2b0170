package org.hromada.requests.internal.console;

import static org.hromada.requests.internal.console.FakeRegister.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.web.SubmissionRequest;
import org.hromada.requests.internal.web.TransitionRequest;
import org.junit.jupiter.api.Test;

/** The section's routes and what each write hands to the register. */
class SectionsTest {
    private final FakeRegister fake = new FakeRegister();
    private final RequestsSection section = new RequestsSection(fake, FakeRegister.CLOCK);

    private ConsoleResponse handle(String method, String path, Map<String, List<String>> params) {
        return section.handle(FakeRegister.request(method, path, "uk", params));
    }

    @Test
    void startingWithAnAssignmentEditsTheRequestThenStartsIt() {
        ConsoleResponse answer = handle("POST", "/12/start", params("department", "Юридичний відділ", "assignee", "Іваненко"));
        assertEquals(new ConsoleResponse.Redirect("/console/requests/12", "requests.flash.start"), answer);
        assertEquals(2, fake.writes.size());
        assertEquals("Юридичний відділ", ((SubmissionRequest) fake.writes.get(0)).department());
        assertEquals("start", ((TransitionRequest) fake.writes.get(1)).action());
    }

    @Test
    void anUnchangedAssignmentOnlyStartsAndAssigningOnlyEdits() {
        handle("POST", "/13/assign", params("department", "Фінансовий відділ", "assignee", "Сидоренко"));
        assertEquals(1, fake.writes.size());
        assertInstanceOf(SubmissionRequest.class, fake.writes.get(0));
        fake.writes.clear();
        handle("POST", "/12/start", params());
        assertEquals(1, fake.writes.size());
        assertInstanceOf(TransitionRequest.class, fake.writes.get(0));
    }

    @Test
    void onlyTheActionsTheStatusAllowsAreOffered() {
        assertEquals(List.of("assign", "start", "forward", "extend"), RequestPage.actions(FakeRegister.request(12)));
        assertEquals(List.of("assign", "answer", "charge", "refuse", "defer", "forward", "extend"),
                RequestPage.actions(FakeRegister.request(13)));
        assertEquals(List.of(), RequestPage.actions(FakeRegister.request(14)));
        assertEquals(409, ((ConsoleResponse.Problem) handle("GET", "/12/answer", params())).status());
        ConsoleResponse posted = handle("POST", "/14/refuse", params("ground", "not_held"));
        assertEquals(409, ((ConsoleResponse.Page) posted).status());
        assertTrue(fake.writes.isEmpty());
    }

    @Test
    void aRefusalOfTheStoreComesBackOnTheForm() {
        fake.nextProblem = ProblemException.invalid(List.of(new org.hromada.platform.api.web.FieldError("until",
                "must be after the date of the notice")));
        ConsoleResponse.Page page = (ConsoleResponse.Page) handle("POST", "/13/defer", params("until", "2026-01-01"));
        assertEquals(422, page.status());
        assertEquals("requests.error.until", ((Map<?, ?>) page.model().get("errors")).get("until"));
        assertEquals("2026-01-01", ((Map<?, ?>) page.model().get("form")).get("until"));
    }

    @Test
    void unknownPathsAreNotFound() {
        for (String path : List.of("/99", "/12/delete", "/12/start/x", "/abc", "/statistics/x")) {
            assertEquals(ConsoleResponse.notFound(), handle("GET", path, params()), path);
        }
        assertEquals(ConsoleResponse.notFound(), handle("POST", "", params()));
    }
}
