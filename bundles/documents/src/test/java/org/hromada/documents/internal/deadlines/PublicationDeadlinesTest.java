package org.hromada.documents.internal.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.hromada.documents.internal.model.LeadTime;
import org.hromada.documents.internal.model.PublicationRule;
import org.junit.jupiter.api.Test;

class PublicationDeadlinesTest {
    /** Independence Day 2025 fell on a Sunday; with the peacetime rules Monday 25 August was the day off. */
    private final PublicationDeadlines rules = new PublicationDeadlines(
            new TestCalendar(LocalDate.of(2025, 8, 24), LocalDate.of(2025, 8, 25)));

    private Deadline act(String adopted, String published, String today) {
        return rules.evaluate(PublicationRule.ACT, LeadTime.STANDARD, "", LocalDate.parse(adopted), null,
                published == null ? null : LocalDate.parse(published), LocalDate.parse(today));
    }

    private Deadline draft(LeadTime lead, String prepared, String consideration, String published, String today) {
        return rules.evaluate(PublicationRule.DRAFT, lead, "Аварія на водогоні", LocalDate.parse(prepared),
                consideration == null ? null : LocalDate.parse(consideration),
                published == null ? null : LocalDate.parse(published), LocalDate.parse(today));
    }

    @Test
    void anActAdoptedOnFridayIsDueTheNextFridayAndAHolidayMovesItOn() {
        Deadline ordinary = act("2025-08-01", "2025-08-08", "2025-09-01");
        assertEquals(LocalDate.of(2025, 8, 8), ordinary.dueOn());
        assertEquals("met", ordinary.status());

        // Adopted Friday 22 August: Monday 25 August is a day off, so the fifth working day is Monday 1 September.
        Deadline overHoliday = act("2025-08-22", "2025-09-01", "2025-09-10");
        assertEquals(LocalDate.of(2025, 9, 1), overHoliday.dueOn());
        assertEquals("met", overHoliday.status());
        assertEquals(0, overHoliday.workingDaysLate());
    }

    @Test
    void publishedAfterTheDueDayIsLateByTheWorkingDaysBetween() {
        Deadline late = act("2025-08-01", "2025-08-12", "2025-09-01");
        assertEquals("late", late.status());
        assertEquals(2, late.workingDaysLate());
    }

    @Test
    void notYetPublishedIsPendingThenAtRiskThenLate() {
        assertEquals("pending", act("2025-08-01", null, "2025-08-04").status());
        assertEquals("at_risk", act("2025-08-01", null, "2025-08-07").status());
        assertEquals("at_risk", act("2025-08-01", null, "2025-08-08").status());
        Deadline overdue = act("2025-08-01", null, "2025-08-11");
        assertEquals("late", overdue.status());
        assertEquals(1, overdue.workingDaysLate());
        assertNull(overdue.publishedOn());
    }

    @Test
    void aDraftIsDueTenWorkingDaysBeforeItsConsiderationAndFiveForLandItems() {
        // Considered Thursday 4 September 2025: ten working days before, over the 25 August day off, is 20 August.
        Deadline standard = draft(LeadTime.STANDARD, "2025-08-01", "2025-09-04", "2025-08-20", "2025-09-04");
        assertEquals(LocalDate.of(2025, 8, 20), standard.dueOn());
        assertEquals("met", standard.status());
        assertEquals("late", draft(LeadTime.STANDARD, "2025-08-01", "2025-09-04", "2025-08-21", "2025-09-04").status());

        Deadline land = draft(LeadTime.LAND, "2025-08-01", "2025-09-04", "2025-08-28", "2025-09-04");
        assertEquals(LocalDate.of(2025, 8, 28), land.dueOn());
        assertEquals("met", land.status());
    }

    @Test
    void aDraftWithoutItsDateOfConsiderationCannotBeJudged() {
        Deadline unknown = draft(LeadTime.STANDARD, "2025-08-01", null, null, "2025-08-04");
        assertEquals("no_date", unknown.status());
        assertNull(unknown.dueOn());
    }

    @Test
    void exceptionsCarryTheirReason() {
        Deadline emergency = draft(LeadTime.EMERGENCY, "2025-08-23", "2025-08-27", "2025-08-26", "2025-08-27");
        assertEquals(LocalDate.of(2025, 8, 26), emergency.dueOn(), "prepared on Saturday: the next working day");
        assertEquals("met", emergency.status());
        assertEquals("Аварія на водогоні", emergency.note());

        Deadline service = draft(LeadTime.ADMIN_SERVICE, "2025-08-01", "2025-08-05", "2025-08-05", "2025-08-05");
        assertEquals("exempt", service.status());
        assertNull(service.dueOn());
        assertEquals("Аварія на водогоні", service.note());
    }

    @Test
    void rollCallResultsAreDueOnTheDayOfTheVoteEvenOnASunday() {
        Deadline sameDay = rules.evaluate(PublicationRule.SAME_DAY, LeadTime.STANDARD, "", LocalDate.of(2025, 8, 24),
                null, LocalDate.of(2025, 8, 25), LocalDate.of(2025, 8, 26));
        assertEquals(LocalDate.of(2025, 8, 24), sameDay.dueOn());
        assertEquals("late", sameDay.status());
        assertEquals(1, sameDay.workingDaysLate(), "a day late even though no working day passed");
    }

    @Test
    void kindsWithoutARuleAreExempt() {
        Deadline none = rules.evaluate(PublicationRule.NONE, LeadTime.STANDARD, "", LocalDate.of(2025, 8, 1), null,
                null, LocalDate.of(2026, 1, 1));
        assertEquals("exempt", none.status());
    }
}
