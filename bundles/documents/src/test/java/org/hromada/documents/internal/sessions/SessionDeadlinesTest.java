package org.hromada.documents.internal.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hromada.documents.internal.entities.AgendaItemEntity;
import org.hromada.documents.internal.entities.SessionEntity;
import org.hromada.documents.internal.deadlines.TestCalendar;
import org.junit.jupiter.api.Test;

class SessionDeadlinesTest {
    private static final TestCalendar CALENDAR = new TestCalendar();
    /** Friday. */
    private static final LocalDate HELD_ON = LocalDate.of(2026, 9, 25);

    static SessionEntity session(String kind, String status, LocalDate heldOn) {
        SessionEntity s = new SessionEntity();
        s.setBodyKind(kind);
        s.setStatus(status);
        s.setHeldOn(heldOn);
        return s;
    }

    static AgendaItemEntity item(long id, String voteHeldAt, String votesPublishedAt, boolean secret) throws Exception {
        AgendaItemEntity item = new AgendaItemEntity();
        Field field = AgendaItemEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(item, id);
        item.setVoteHeldAt(voteHeldAt == null ? null : Instant.parse(voteHeldAt));
        item.setVotesPublishedAt(votesPublishedAt == null ? null : Instant.parse(votesPublishedAt));
        item.setSecretBallot(secret);
        return item;
    }

    private static Deadline rule(List<Deadline> deadlines, String rule) {
        return deadlines.stream().filter(d -> d.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void aFridaySessionOwesItsVideoBySaturdayANoticeTenDaysBeforeAndVotesTheSameDay() throws Exception {
        SessionEntity s = session("plenary", "held", HELD_ON);
        s.setNoticePublishedAt(Instant.parse("2026-09-11T07:00:00Z"));
        s.setVideoPublishedAt(Instant.parse("2026-09-26T20:59:00Z")); // 23:59 Saturday in Kyiv (EEST)
        List<Deadline> all = SessionDeadlines.of(s, List.of(
                item(1, "2026-09-25T08:10:00Z", "2026-09-25T20:30:00Z", false), // 23:30 the same day in Kyiv
                item(2, "2026-09-25T09:00:00Z", "2026-09-25T21:30:00Z", false), // 00:30 the next day in Kyiv
                item(3, null, null, false)), LocalDate.of(2026, 10, 1), CALENDAR);

        Deadline notice = rule(all, Deadline.NOTICE);
        assertEquals(LocalDate.of(2026, 9, 15), notice.dueOn());
        assertEquals(LocalDate.of(2026, 9, 11), notice.doneOn());
        assertEquals(Deadline.MET, notice.status());
        assertFalse(notice.dueOnDayOff(), "Tuesday");

        Deadline video = rule(all, Deadline.VIDEO);
        assertEquals(LocalDate.of(2026, 9, 26), video.dueOn(), "the next calendar day, a Saturday");
        assertEquals(LocalDate.of(2026, 9, 26), video.doneOn());
        assertEquals(Deadline.MET, video.status());
        assertTrue(video.dueOnDayOff(), "the term does not move to Monday");

        List<Deadline> votes = all.stream().filter(d -> d.rule().equals(Deadline.ROLL_CALL)).toList();
        assertEquals(2, votes.size(), "one per voted item");
        assertEquals(1L, votes.get(0).item());
        assertEquals(HELD_ON, votes.get(0).dueOn());
        assertEquals(Deadline.MET, votes.get(0).status());
        assertEquals(LocalDate.of(2026, 9, 26), votes.get(1).doneOn(), "after midnight in Kyiv is the next day");
        assertEquals(Deadline.LATE, votes.get(1).status());
    }

    @Test
    void aVideoPublishedOnSundayIsLate() {
        SessionEntity s = session("plenary", "held", HELD_ON);
        s.setVideoPublishedAt(Instant.parse("2026-09-27T06:00:00Z"));
        assertEquals(Deadline.LATE, rule(SessionDeadlines.of(s, List.of(), LocalDate.of(2026, 9, 28), CALENDAR),
                Deadline.VIDEO).status());
    }

    @Test
    void undoneDeadlinesArePendingThenAtRiskOnTheDayBeforeAndTheDayThenLate() {
        LocalDate due = LocalDate.of(2026, 9, 26);
        assertEquals(Deadline.PENDING, SessionDeadlines.status(due, null, LocalDate.of(2026, 9, 24)));
        assertEquals(Deadline.AT_RISK, SessionDeadlines.status(due, null, LocalDate.of(2026, 9, 25)));
        assertEquals(Deadline.AT_RISK, SessionDeadlines.status(due, null, due));
        assertEquals(Deadline.LATE, SessionDeadlines.status(due, null, LocalDate.of(2026, 9, 27)));
        assertEquals(Deadline.MET, SessionDeadlines.status(due, due, LocalDate.of(2027, 1, 1)));
        assertEquals(Deadline.LATE, SessionDeadlines.status(due, due.plusDays(1), due.plusDays(1)));
    }

    @Test
    void aPlannedSessionsNoticeIsPendingUntilElevenDaysBefore() {
        SessionEntity s = session("plenary", "planned", LocalDate.of(2026, 12, 22));
        List<Deadline> early = SessionDeadlines.of(s, List.of(), LocalDate.of(2026, 12, 5), CALENDAR);
        assertEquals(LocalDate.of(2026, 12, 12), rule(early, Deadline.NOTICE).dueOn());
        assertEquals(Deadline.PENDING, rule(early, Deadline.NOTICE).status());
        assertEquals(Deadline.PENDING, rule(early, Deadline.VIDEO).status());
        assertEquals(Deadline.AT_RISK, rule(SessionDeadlines.of(s, List.of(), LocalDate.of(2026, 12, 11), CALENDAR),
                Deadline.NOTICE).status());
        assertEquals(Deadline.LATE, rule(SessionDeadlines.of(s, List.of(), LocalDate.of(2026, 12, 13), CALENDAR),
                Deadline.NOTICE).status());
    }

    @Test
    void cancelledSessionsSecretBallotsAndUnbroadcastBodiesOweNothing() throws Exception {
        List<Deadline> cancelled = SessionDeadlines.of(session("plenary", "cancelled", HELD_ON),
                List.of(item(1, "2026-09-25T08:10:00Z", null, false)), LocalDate.of(2026, 10, 1), CALENDAR);
        assertTrue(cancelled.stream().allMatch(d -> d.status().equals(Deadline.NOT_APPLICABLE)), cancelled.toString());
        assertNull(cancelled.get(0).dueOn());

        List<Deadline> committee = SessionDeadlines.of(session("executive_committee", "held", HELD_ON),
                List.of(item(2, "2026-09-25T08:10:00Z", null, true)), LocalDate.of(2026, 10, 1), CALENDAR);
        assertEquals(Deadline.NOT_APPLICABLE, rule(committee, Deadline.VIDEO).status());
        assertEquals(Deadline.NOT_APPLICABLE, rule(committee, Deadline.ROLL_CALL).status(), "a secret ballot");
        assertEquals(Deadline.LATE, rule(committee, Deadline.NOTICE).status());

        SessionEntity commission = session("standing_commission", "held", HELD_ON);
        commission.setVideoPublishedAt(Instant.parse("2026-09-25T16:00:00Z"));
        assertEquals(Deadline.MET, rule(SessionDeadlines.of(commission, List.of(), LocalDate.of(2026, 10, 1),
                CALENDAR), Deadline.VIDEO).status(), "commissions publish their video too (Art. 47 p.9)");
    }
}
