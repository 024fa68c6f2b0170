package org.hromada.documents.internal.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hromada.documents.internal.entities.AgendaItemEntity;
import org.hromada.documents.internal.entities.SessionEntity;
import org.hromada.platform.api.calendar.WorkingDayCalendar;

/**
 * The publication deadlines of a session (DOMAIN.md §4.3, §9.1), all in calendar days on Kyiv dates:
 * <ul>
 * <li>SES-NOT: the notice is made public at least 10 days before the session (Art. 46 p.10);</li>
 * <li>SES-VID: the video of a broadcast meeting is published no later than the next day (Art. 46 p.18,
 * Art. 47 p.9); presidium and executive-committee meetings have no such duty;</li>
 * <li>SES-RCV: the roll-call results of each voted item are on the website the day of the vote
 * (Art. 59 p.3); a secret ballot has no roll-call.</li>
 * </ul>
 * A cancelled session owes none of them. The calendar only tells whether a due day is a day off.
 */
public final class SessionDeadlines {
    public static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    static final int NOTICE_DAYS = 10;

    private SessionDeadlines() {
    }

    public static List<Deadline> of(SessionEntity s, List<AgendaItemEntity> items, LocalDate today,
                                    WorkingDayCalendar calendar) {
        boolean cancelled = SessionStatus.CANCELLED.key().equals(s.getStatus());
        List<Deadline> deadlines = new ArrayList<>();
        deadlines.add(cancelled ? Deadline.notApplicable(Deadline.NOTICE, null)
                : deadline(Deadline.NOTICE, null, s.getHeldOn().minusDays(NOTICE_DAYS), s.getNoticePublishedAt(),
                today, calendar));
        boolean broadcast = Keyed.parse(BodyKind.class, s.getBodyKind()).map(BodyKind::broadcast).orElse(false);
        deadlines.add(cancelled || !broadcast ? Deadline.notApplicable(Deadline.VIDEO, null)
                : deadline(Deadline.VIDEO, null, s.getHeldOn().plusDays(1), s.getVideoPublishedAt(), today, calendar));
        for (AgendaItemEntity item : items) {
            if (item.getVoteHeldAt() == null) {
                continue;
            }
            deadlines.add(cancelled || item.isSecretBallot() ? Deadline.notApplicable(Deadline.ROLL_CALL, item.getId())
                    : deadline(Deadline.ROLL_CALL, item.getId(), day(item.getVoteHeldAt()), item.getVotesPublishedAt(),
                    today, calendar));
        }
        return deadlines;
    }

    /** Done by the due day is met, after it late; not done is late after the due day, at risk on it and the day before. */
    static String status(LocalDate dueOn, LocalDate doneOn, LocalDate today) {
        if (doneOn != null) {
            return doneOn.isAfter(dueOn) ? Deadline.LATE : Deadline.MET;
        }
        if (today.isAfter(dueOn)) {
            return Deadline.LATE;
        }
        return today.isBefore(dueOn.minusDays(1)) ? Deadline.PENDING : Deadline.AT_RISK;
    }

    /** The Kyiv date of an instant: the council's day, whatever the server's zone. */
    public static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, KYIV);
    }

    private static Deadline deadline(String rule, Long item, LocalDate dueOn, Instant done, LocalDate today,
                                     WorkingDayCalendar calendar) {
        LocalDate doneOn = day(done);
        return new Deadline(rule, item, dueOn, doneOn, status(dueOn, doneOn, today), !calendar.isWorkingDay(dueOn));
    }
}
