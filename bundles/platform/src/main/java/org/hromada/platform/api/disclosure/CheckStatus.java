package org.hromada.platform.api.disclosure;

/** How an Article 15 item stands. */
public enum CheckStatus {
    /** Published as the law requires. */
    COMPLIANT,
    /** Not published at all. */
    MISSING,
    /** Published, but not updated for longer than it should be. */
    STALE,
    /** Published after its deadline, or still not published past it. */
    LATE,
    /** Does not apply to this council now (nothing of the kind to publish). */
    NOT_APPLICABLE
}
