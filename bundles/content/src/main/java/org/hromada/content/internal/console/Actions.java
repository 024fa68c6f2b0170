package org.hromada.content.internal.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hromada.content.internal.model.Status;
import org.hromada.content.internal.workflow.Transition;
import org.hromada.content.internal.workflow.Workflow;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.ProblemException;

/**
 * The workflow buttons a user gets for an item, decided by the workflow's own rules ({@link Workflow}):
 * a step is offered exactly when the workflow would allow it. Publishing comes as two buttons,
 * "publish now" and "schedule" (with a time).
 */
final class Actions {
    /** The step names of the console's buttons, in the order they are shown. */
    static final List<String> STEPS = List.of("submit", "publish", "schedule", "return", "unpublish", "restore");

    private Actions() {
    }

    static List<String> available(Identity who, String author, Status status) {
        List<String> steps = new ArrayList<>();
        for (String step : STEPS) {
            Transition transition = transition(step).orElseThrow();
            if (allowed(transition, who, author, status)) {
                steps.add(step);
            }
        }
        return steps;
    }

    /** The workflow transition of a button; empty for a name that is none. */
    static Optional<Transition> transition(String step) {
        return "schedule".equals(step) ? Optional.of(Transition.PUBLISH) : Transition.parse(step);
    }

    /** Whether the user may edit the item's fields (the same rule the store applies). */
    static boolean mayEdit(Identity who, String author, Status status) {
        try {
            Workflow.checkEdit(who, author, status);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    private static boolean allowed(Transition transition, Identity who, String author, Status status) {
        try {
            Workflow.next(transition, who, author, status, false);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }
}
