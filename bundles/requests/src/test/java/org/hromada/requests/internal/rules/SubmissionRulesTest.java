package org.hromada.requests.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.model.Channel;
import org.hromada.requests.internal.web.SubmissionRequest;
import org.junit.jupiter.api.Test;

/** What Art. 19 part 5 requires of a request, and nothing more; bounded lengths. */
class SubmissionRulesTest {
    static final Instant NOW = Instant.parse("2026-11-10T08:00:00Z");

    static SubmissionRequest request(String name, String email, String postal, String phone, String description,
                                     Boolean urgent, String ground, String why, String channel, String receivedAt) {
        return new SubmissionRequest(name, email, postal, phone, description, urgent, ground, why, null, channel,
                receivedAt, "Відділ освіти", "Іваненко");
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
                null, "in_person", "2026-11-02T08:00:00Z"), NOW);
        assertEquals(Channel.IN_PERSON, s.channel());
        assertEquals(Instant.parse("2026-11-02T08:00:00Z"), s.receivedAt());
        assertEquals("Відділ освіти", s.department());
    }
}
