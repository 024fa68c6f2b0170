package org.hromada.content.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.hromada.content.internal.model.Status;
import org.hromada.content.internal.workflow.Transition;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Identity;
import org.junit.jupiter.api.Test;

class ActionsTest {
    private static final Identity EDITOR = new Identity("olena", Set.of("editor"), Channels.CONSOLE);
    private static final Identity ADMIN = new Identity("admin", Set.of("admin"), Channels.CONSOLE);
    private static final Identity AUTHOR = new Identity("petro", Set.of("author"), Channels.CONSOLE);

    @Test
    void editorsGetEveryStepTheStatusAllows() {
        assertEquals(List.of("submit", "publish", "schedule"), Actions.available(EDITOR, "petro", Status.DRAFT));
        assertEquals(List.of("publish", "schedule", "return"), Actions.available(EDITOR, "petro", Status.IN_REVIEW));
        assertEquals(List.of("unpublish"), Actions.available(ADMIN, "petro", Status.PUBLISHED));
        assertEquals(List.of("unpublish"), Actions.available(ADMIN, "petro", Status.SCHEDULED));
        assertEquals(List.of("restore"), Actions.available(EDITOR, "petro", Status.ARCHIVED));
    }

    @Test
    void authorsSubmitTheirOwnDraftsOnly() {
        assertEquals(List.of("submit"), Actions.available(AUTHOR, "petro", Status.DRAFT));
        assertEquals(List.of(), Actions.available(AUTHOR, "olena", Status.DRAFT));
        assertEquals(List.of(), Actions.available(AUTHOR, "petro", Status.IN_REVIEW));
        assertEquals(List.of(), Actions.available(AUTHOR, "petro", Status.PUBLISHED));
    }

    @Test
    void authorsEditTheirOwnDraftsOnly() {
        assertTrue(Actions.mayEdit(AUTHOR, "petro", Status.DRAFT));
        assertFalse(Actions.mayEdit(AUTHOR, "petro", Status.IN_REVIEW));
        assertFalse(Actions.mayEdit(AUTHOR, "olena", Status.DRAFT));
        assertTrue(Actions.mayEdit(EDITOR, "petro", Status.PUBLISHED));
    }

    @Test
    void buttonNamesMapToTransitions() {
        assertEquals(Transition.PUBLISH, Actions.transition("schedule").orElseThrow());
        assertEquals(Transition.RETURN, Actions.transition("return").orElseThrow());
        assertTrue(Actions.transition("explode").isEmpty());
    }
}
