package org.hromada.documents.internal.sessions;

import java.time.LocalDate;
import org.hromada.documents.internal.entities.SessionEntity;
import org.hromada.platform.api.web.ProblemException;

/**
 * The video of a meeting is kept at least 5 years (Art. 46 p.18 of the Law on Local Self-Government),
 * so a held session whose video was published less than 5 years ago cannot be deleted.
 */
public final class Retention {
    static final int YEARS = 5;

    private Retention() {
    }

    /** The first day the session may be deleted, or null when nothing holds it. */
    public static LocalDate until(SessionEntity s) {
        if (!SessionStatus.HELD.key().equals(s.getStatus()) || s.getVideoPublishedAt() == null) {
            return null;
        }
        return SessionDeadlines.day(s.getVideoPublishedAt()).plusYears(YEARS);
    }

    /** Throws a 409 when the session is still held by the retention period on {@code today}. */
    public static void checkDeletable(SessionEntity s, LocalDate today) {
        LocalDate until = until(s);
        if (until != null && today.isBefore(until)) {
            throw new ProblemException(409, "Retention period", "The session's video was published on "
                    + SessionDeadlines.day(s.getVideoPublishedAt()) + " and must be kept at least " + YEARS
                    + " years (Art. 46 p.18 of the Law on Local Self-Government): the session can be deleted from "
                    + until + ".");
        }
    }
}
