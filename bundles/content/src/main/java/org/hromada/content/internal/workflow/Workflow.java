package org.hromada.content.internal.workflow;

import java.util.Set;
import org.hromada.content.internal.model.Status;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.ProblemException;

/**
 * Who may do what to an item in which status. Authors write and submit their own drafts; editors
 * and admins do everything. A role that may not act gets 403 (an author editing their own item
 * after submitting it, too); a workflow step the status does not allow gets 409 naming the status.
 */
public final class Workflow {

    private Workflow() {
    }

    public static boolean isEditor(Identity who) {
        return who != null && (who.hasRole(Roles.EDITOR) || who.hasRole(Roles.ADMIN));
    }

    /** Whether the caller may see items that are not published (any content role). */
    public static boolean seesDrafts(Identity who) {
        return isEditor(who) || (who != null && who.hasRole(Roles.AUTHOR));
    }

    /** Edit, delete or restore a revision: editors always; authors their own items while draft. */
    public static void checkEdit(Identity who, String author, Status current) {
        if (isEditor(who)) {
            return;
        }
        if (!isOwnAuthor(who, author)) {
            throw forbidden("Authors may change only their own items.");
        }
        if (current != Status.DRAFT) {
            // Not a workflow step but a permission: the author's right ends when the draft is submitted.
            throw forbidden("The item is " + current.key() + "; authors may change it only while it is draft.");
        }
    }

    /**
     * The status after {@code transition}, or a problem when the caller or the current status does
     * not allow it.
     *
     * @param publishInFuture for {@link Transition#PUBLISH}: the item's publish time is still to come
     */
    public static Status next(Transition transition, Identity who, String author, Status current,
                              boolean publishInFuture) {
        boolean mayAct = isEditor(who) || (transition == Transition.SUBMIT && isOwnAuthor(who, author));
        if (!mayAct) {
            throw forbidden(transition == Transition.SUBMIT
                    ? "Authors may submit only their own items."
                    : "Only editors and admins may " + transition.key() + " items.");
        }
        if (!from(transition).contains(current)) {
            throw conflict("Cannot " + transition.key() + " an item that is " + current.key() + ".");
        }
        return switch (transition) {
            case SUBMIT -> Status.IN_REVIEW;
            case RETURN, RESTORE -> Status.DRAFT;
            case PUBLISH -> publishInFuture ? Status.SCHEDULED : Status.PUBLISHED;
            case UNPUBLISH -> Status.ARCHIVED;
        };
    }

    /** The statuses a transition may start from. */
    public static Set<Status> from(Transition transition) {
        return switch (transition) {
            case SUBMIT -> Set.of(Status.DRAFT);
            case RETURN -> Set.of(Status.IN_REVIEW);
            case PUBLISH -> Set.of(Status.DRAFT, Status.IN_REVIEW);
            case UNPUBLISH -> Set.of(Status.PUBLISHED, Status.SCHEDULED);
            case RESTORE -> Set.of(Status.ARCHIVED);
        };
    }

    private static boolean isOwnAuthor(Identity who, String author) {
        return who != null && who.hasRole(Roles.AUTHOR) && who.username().equals(author);
    }

    private static ProblemException forbidden(String detail) {
        return ProblemException.forbidden(detail);
    }

    private static ProblemException conflict(String detail) {
        return ProblemException.conflict(detail);
    }
}
