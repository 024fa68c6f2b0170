package org.hromada.content.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.hromada.content.internal.model.Status;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.ProblemException;
import org.junit.jupiter.api.Test;

class WorkflowTest {
    private static final Identity ANNA = new Identity("anna", Set.of(Roles.AUTHOR));
    private static final Identity BORYS = new Identity("borys", Set.of(Roles.AUTHOR));
    private static final Identity EDITOR = new Identity("olena", Set.of(Roles.EDITOR));
    private static final Identity ADMIN = new Identity("admin", Set.of(Roles.ADMIN));
    private static final Identity INTEGRATOR = new Identity("bot", Set.of(Roles.INTEGRATOR));

    private static int status(Runnable action) {
        return assertThrows(ProblemException.class, action::run).status();
    }

    @Test
    void authorSubmitsOwnDraft() {
        assertEquals(Status.IN_REVIEW, Workflow.next(Transition.SUBMIT, ANNA, "anna", Status.DRAFT, false));
    }

    @Test
    void authorCannotSubmitSomeoneElsesDraft() {
        assertEquals(403, status(() -> Workflow.next(Transition.SUBMIT, BORYS, "anna", Status.DRAFT, false)));
    }

    @Test
    void authorCannotPublishReturnUnpublishOrRestore() {
        for (Transition t : new Transition[] {Transition.PUBLISH, Transition.RETURN, Transition.UNPUBLISH,
                Transition.RESTORE}) {
            assertEquals(403, status(() -> Workflow.next(t, ANNA, "anna", Status.IN_REVIEW, false)), t.key());
        }
    }

    @Test
    void editorPublishesDraftOrReviewedItems() {
        assertEquals(Status.PUBLISHED, Workflow.next(Transition.PUBLISH, EDITOR, "anna", Status.DRAFT, false));
        assertEquals(Status.PUBLISHED, Workflow.next(Transition.PUBLISH, ADMIN, "anna", Status.IN_REVIEW, false));
    }

    @Test
    void publishingWithAFutureTimeSchedules() {
        assertEquals(Status.SCHEDULED, Workflow.next(Transition.PUBLISH, EDITOR, "anna", Status.IN_REVIEW, true));
    }

    @Test
    void stepsNotAllowedFromTheStatusAreConflictsNamingIt() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> Workflow.next(Transition.PUBLISH, EDITOR, "anna", Status.PUBLISHED, false));
        assertEquals(409, e.status());
        assertTrue(e.detail().contains("published"), e.detail());
        assertEquals(409, status(() -> Workflow.next(Transition.SUBMIT, ANNA, "anna", Status.IN_REVIEW, false)));
        assertEquals(409, status(() -> Workflow.next(Transition.RETURN, EDITOR, "anna", Status.DRAFT, false)));
        assertEquals(409, status(() -> Workflow.next(Transition.UNPUBLISH, EDITOR, "anna", Status.DRAFT, false)));
        assertEquals(409, status(() -> Workflow.next(Transition.RESTORE, EDITOR, "anna", Status.PUBLISHED, false)));
    }

    @Test
    void editorReturnsUnpublishesAndRestores() {
        assertEquals(Status.DRAFT, Workflow.next(Transition.RETURN, EDITOR, "anna", Status.IN_REVIEW, false));
        assertEquals(Status.ARCHIVED, Workflow.next(Transition.UNPUBLISH, EDITOR, "anna", Status.PUBLISHED, false));
        assertEquals(Status.ARCHIVED, Workflow.next(Transition.UNPUBLISH, EDITOR, "anna", Status.SCHEDULED, false));
        assertEquals(Status.DRAFT, Workflow.next(Transition.RESTORE, ADMIN, "anna", Status.ARCHIVED, false));
    }

    @Test
    void editorSubmitsAnyonesDraft() {
        assertEquals(Status.IN_REVIEW, Workflow.next(Transition.SUBMIT, EDITOR, "anna", Status.DRAFT, false));
    }

    @Test
    void authorEditsOnlyOwnDrafts() {
        Workflow.checkEdit(ANNA, "anna", Status.DRAFT);
        assertEquals(403, status(() -> Workflow.checkEdit(BORYS, "anna", Status.DRAFT)));
        assertEquals(403, status(() -> Workflow.checkEdit(ANNA, "anna", Status.IN_REVIEW)));
        assertEquals(403, status(() -> Workflow.checkEdit(ANNA, "anna", Status.PUBLISHED)));
    }

    @Test
    void editorsEditAnythingInAnyStatus() {
        for (Status s : Status.values()) {
            Workflow.checkEdit(EDITOR, "anna", s);
            Workflow.checkEdit(ADMIN, "anna", s);
        }
    }

    @Test
    void otherRolesAndThePublicMayNotAct() {
        assertEquals(403, status(() -> Workflow.checkEdit(INTEGRATOR, "bot", Status.DRAFT)));
        assertEquals(403, status(() -> Workflow.next(Transition.SUBMIT, null, "anna", Status.DRAFT, false)));
        assertFalse(Workflow.seesDrafts(null));
        assertFalse(Workflow.seesDrafts(INTEGRATOR));
        assertTrue(Workflow.seesDrafts(ANNA));
    }

    @Test
    void transitionsParseFromTheirPathNames() {
        assertEquals(Transition.RETURN, Transition.parse("return").orElseThrow());
        assertTrue(Transition.parse("frobnicate").isEmpty());
        assertEquals("scheduled", Transition.PUBLISH.action(true));
        assertEquals("published", Transition.PUBLISH.action(false));
    }
}
