package org.hromada.documents.internal.sessions;

import java.time.LocalDate;

/**
 * One legal deadline of a session as the API shows it.
 *
 * @param rule        SES-NOT (notice), SES-VID (video) or SES-RCV (roll-call results), DOMAIN.md §9.1
 * @param item        the agenda item a SES-RCV deadline belongs to; null for the others
 * @param dueOn       the last day (Kyiv) to do it on; null when the rule does not apply
 * @param doneOn      the day (Kyiv) it was done, or null
 * @param status      met, late, pending, at_risk (due today or tomorrow and not done) or not_applicable
 * @param dueOnDayOff the due day is not a working day on the council's calendar: the term is in
 *                    calendar days and does not move, so someone has to publish on a day off
 */
public record Deadline(String rule, Long item, LocalDate dueOn, LocalDate doneOn, String status,
                       boolean dueOnDayOff) {
    public static final String NOTICE = "SES-NOT";
    public static final String VIDEO = "SES-VID";
    public static final String ROLL_CALL = "SES-RCV";

    public static final String MET = "met";
    public static final String LATE = "late";
    public static final String PENDING = "pending";
    public static final String AT_RISK = "at_risk";
    public static final String NOT_APPLICABLE = "not_applicable";

    static Deadline notApplicable(String rule, Long item) {
        return new Deadline(rule, item, null, null, NOT_APPLICABLE, false);
    }
}
