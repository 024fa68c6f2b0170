package org.hromada.requests.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.entities.Formalities;
import org.hromada.requests.internal.model.Channel;
import org.hromada.requests.internal.web.SubmissionRequest;
import org.junit.jupiter.api.Test;

/** What Art. 19 part 5 requires of a request, and nothing more; bounded lengths. */
class SubmissionRulesTest {
    static final Instant NOW = Instant.parse("2026-11-10T08:00:00Z");

    static SubmissionRequest request(String name, String email, String postal, String phone, String description,
                                     Boolean urgent, String ground, String why, String channel, String receivedAt) {
        return new SubmissionRequest(name, email, postal, phone, description, urgent, ground, why, null, channel,
                receivedAt, "Відділ освіти", "Іваненко", null, null, null, null, null);
    }

    static Set<String> invalid(Runnable check) {
        ProblemException e = assertThrows(ProblemException.class, check::run);
        assertEquals(422, e.status());
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    @Test
    void aNameAContactAndADescriptionAreEnough() {
        Submission s = SubmissionRules.fromPublic(request(" Олена ", null, "вул. Миру, 1, Хмарівка", null,
                "Кошторис ремонту школи", null, null, null, "post", "2020-01-01T00:00:00Z"), NOW);
        assertEquals("Олена", s.requester().name());
        assertEquals(Channel.WEB, s.channel(), "the public cannot choose another channel");
        assertEquals(NOW, s.receivedAt());
        assertEquals(null, s.department(), "staff fields are ignored from the public");
        assertFalse(s.urgent());
    }

    @Test
    void somethingMissingIsNamed() {
        assertEquals(Set.of("name", "email", "description"), invalid(() -> SubmissionRules.fromPublic(
                request(" ", null, null, null, "", null, null, null, null, null), NOW)));
        assertEquals(Set.of("email", "phone"), invalid(() -> SubmissionRules.fromPublic(
                request("Олена", "not an address", null, "call me", "Кошторис", null, null, null, null, null), NOW)));
        assertEquals(Set.of("description"), invalid(() -> SubmissionRules.fromPublic(
                request("Олена", "o@example.org", null, null, "я".repeat(5001), null, null, null, null, null), NOW)));
        assertEquals(Set.of("name"), invalid(() -> SubmissionRules.fromPublic(
                request("я".repeat(301), null, null, "+380 44 123-45-67", "Кошторис", null, null, null, null, null), NOW)));
    }

    @Test
    void anUrgentRequestNeedsAGroundOfTheLawAndAJustification() {
        assertEquals(Set.of("urgencyGround", "urgencyJustification"), invalid(() -> SubmissionRules.fromPublic(
                request("Олена", "o@example.org", null, null, "Якість води", true, "curiosity", null, null, null), NOW)));
        Submission s = SubmissionRules.fromPublic(request("Олена", "o@example.org", null, null, "Якість води", true,
                "environment", "Після аварії на водогоні", null, null), NOW);
        assertTrue(s.urgent());
        assertEquals("environment", s.urgency().ground());
    }

    @Test
    void staffGiveTheChannelAndMayGiveAnEarlierReceipt() {
        assertEquals(Set.of("channel"), invalid(() -> SubmissionRules.fromStaff(
                request("Олена", "o@example.org", null, null, "Кошторис", null, null, null, null, null), NOW)));
        assertEquals(Set.of("channel", "receivedAt"), invalid(() -> SubmissionRules.fromStaff(
                request("Олена", "o@example.org", null, null, "Кошторис", null, null, null, "pigeon",
                        "2026-11-11T08:00:00Z"), NOW)));
        Submission s = SubmissionRules.fromStaff(request("Олена", null, "вул. Миру, 1", null, "Кошторис", null, null,
                null, "email", "2026-11-02T08:00:00Z"), NOW);
        assertEquals(Channel.EMAIL, s.channel());
        assertEquals(Instant.parse("2026-11-02T08:00:00Z"), s.receivedAt());
        assertEquals("Відділ освіти", s.department());
        assertNull(s.formalities(), "e-mail is neither written on paper nor oral");
    }

    static SubmissionRequest made(String channel, String form, String writtenOn, Boolean signed, String recordedBy,
                                  String recordedByPhone) {
        return new SubmissionRequest("Олена", null, "вул. Миру, 1", null, "Кошторис", null, null, null, null, channel,
                "2026-11-02T08:00:00Z", null, null, form, writtenOn, signed, recordedBy, recordedByPhone);
    }

    @Test
    void aWrittenRequestRecordsItsDateAndSignature() {
        Submission letter = SubmissionRules.fromStaff(made("post", null, "2026-10-30", true, "ignored", null), NOW);
        assertEquals(new Formalities("written", LocalDate.of(2026, 10, 30), true, null, null), letter.formalities());
        Submission unsigned = SubmissionRules.fromStaff(made("fax", "written", null, false, null, null), NOW);
        assertEquals(new Formalities("written", null, false, null, null), unsigned.formalities(),
                "recorded, not refused: the ground for a refusal as incomplete");
        assertEquals(Set.of("signed"), invalid(() -> SubmissionRules.fromStaff(made("post", null, null, null, null,
                null), NOW)));
        assertEquals(Set.of("writtenOn"), invalid(() -> SubmissionRules.fromStaff(made("post", null, "2026-11-03",
                true, null, null), NOW)), "after receipt");
        assertEquals(Set.of("writtenOn"), invalid(() -> SubmissionRules.fromStaff(made("post", null, "2026-12-01",
                true, null, null), NOW)), "in the future");
        assertEquals(Set.of("writtenOn"), invalid(() -> SubmissionRules.fromStaff(made("post", null, "30.10.2026",
                true, null, null), NOW)));
        assertEquals(Set.of("form"), invalid(() -> SubmissionRules.fromStaff(made("post", "oral", null, true, null,
                null), NOW)));
    }

    @Test
    void anOralRequestRecordsWhoWroteItDown() {
        Submission call = SubmissionRules.fromStaff(made("phone", null, null, null, "Іваненко І. І.", "+380 44 123 45 67"),
                NOW);
        assertEquals(new Formalities("oral", null, null, "Іваненко І. І.", "+380 44 123 45 67"), call.formalities());
        assertEquals(Set.of("recordedBy", "recordedByPhone"), invalid(() -> SubmissionRules.fromStaff(made("phone",
                null, null, null, null, null), NOW)));
        assertEquals(Set.of("recordedByPhone"), invalid(() -> SubmissionRules.fromStaff(made("phone", null, null, null,
                "Іваненко", "дзвоніть"), NOW)));
        assertEquals(Set.of("form"), invalid(() -> SubmissionRules.fromStaff(made("in_person", null, null, null, null,
                null), NOW)));
        assertEquals(Set.of("recordedBy", "recordedByPhone"), invalid(() -> SubmissionRules.fromStaff(made("in_person",
                "oral", null, null, null, null), NOW)));
        assertEquals("written", SubmissionRules.fromStaff(made("in_person", "written", "2026-11-02", true, null, null),
                NOW).formalities().form());
        assertNull(SubmissionRules.fromPublic(made("phone", null, null, null, null, null), NOW).formalities(),
                "the public form asks for none of it");
    }
}
