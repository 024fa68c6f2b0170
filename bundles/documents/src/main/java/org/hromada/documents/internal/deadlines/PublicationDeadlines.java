package org.hromada.documents.internal.deadlines;

import java.time.LocalDate;
import org.hromada.documents.internal.model.LeadTime;
import org.hromada.documents.internal.model.PublicationRule;
import org.hromada.platform.api.calendar.WorkingDayCalendar;

/**
 * Computes publication deadlines with the platform's working-day calendar (DOMAIN.md section 9.1):
 * <ul>
 * <li>PUB-ACT: an adopted act is public no later than the 5th working day after the day it was
 *     approved (Art. 15 part 2; the term starts the next day, Law on Administrative Procedure Art. 33);</li>
 * <li>PUB-DRAFT: a draft is public no later than 10 (land items: 5) working days before the day it
 *     is considered (Art. 15 part 4); in an emergency on the day it was prepared or the next working
 *     day; an administrative-service draft is exempt with its recorded reason;</li>
 * <li>SES-RCV: roll-call results are public on the day of the vote (a calendar day, no roll forward).</li>
 * </ul>
 */
public final class PublicationDeadlines {
    /** Working days an adopted act has before it must be public. */
    public static final int ACT_WORKING_DAYS = 5;

    private final WorkingDayCalendar calendar;

    public PublicationDeadlines(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * @param adoptedOn       the day of adoption (for drafts: the day the draft was registered)
     * @param considerationOn the planned day of consideration (drafts only), may be null
     * @param publishedOn     the day it became public, null while it is not
     * @param today           the current day in Kyiv
     */
    public Deadline evaluate(PublicationRule rule, LeadTime leadTime, String reason, LocalDate adoptedOn,
                             LocalDate considerationOn, LocalDate publishedOn, LocalDate today) {
        return switch (rule) {
            case NONE -> new Deadline(rule.key(), null, publishedOn, DeadlineStatus.EXEMPT.key(), 0, "");
            case ACT -> judge(rule, calendar.addWorkingDays(adoptedOn, ACT_WORKING_DAYS), publishedOn, today);
            case SAME_DAY -> judge(rule, adoptedOn, publishedOn, today);
            case DRAFT -> draft(leadTime, reason, adoptedOn, considerationOn, publishedOn, today);
        };
    }

    private Deadline draft(LeadTime leadTime, String reason, LocalDate preparedOn, LocalDate considerationOn,
                           LocalDate publishedOn, LocalDate today) {
        PublicationRule rule = PublicationRule.DRAFT;
        if (leadTime == LeadTime.ADMIN_SERVICE) {
            return new Deadline(rule.key(), null, publishedOn, DeadlineStatus.EXEMPT.key(), 0, reason);
        }
        if (leadTime == LeadTime.EMERGENCY) {
            return judge(rule, calendar.onOrNextWorkingDay(preparedOn), publishedOn, today).withNote(reason);
        }
        if (considerationOn == null) {
            return new Deadline(rule.key(), null, publishedOn, DeadlineStatus.NO_DATE.key(), 0, "");
        }
        return judge(rule, calendar.subtractWorkingDays(considerationOn, leadTime.workingDays()), publishedOn, today);
    }

    private Deadline judge(PublicationRule rule, LocalDate due, LocalDate publishedOn, LocalDate today) {
        DeadlineStatus status;
        int late = 0;
        if (publishedOn != null) {
            status = publishedOn.isAfter(due) ? DeadlineStatus.LATE : DeadlineStatus.MET;
            late = lateBy(due, publishedOn);
        } else if (today.isAfter(due)) {
            status = DeadlineStatus.LATE;
            late = lateBy(due, today);
        } else {
            status = calendar.workingDaysBetween(today, due) <= 1 ? DeadlineStatus.AT_RISK : DeadlineStatus.PENDING;
        }
        return new Deadline(rule.key(), due, publishedOn, status.key(), late, "");
    }

    /** Working days from the due day to {@code day}, at least 1 when {@code day} is after it (a weekend counts as 1). */
    private int lateBy(LocalDate due, LocalDate day) {
        return day.isAfter(due) ? Math.max(1, calendar.workingDaysBetween(due, day)) : 0;
    }
}
