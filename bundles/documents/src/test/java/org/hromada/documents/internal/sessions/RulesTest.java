package org.hromada.documents.internal.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.junit.jupiter.api.Test;

class RulesTest {

    private static List<String> fields(org.junit.jupiter.api.function.Executable check) {
        ProblemException problem = assertThrows(ProblemException.class, check);
        assertEquals(422, problem.status());
        return problem.errors().stream().map(FieldError::field).toList();
    }

    private static SessionRequest session(String kind, Integer convocation, String heldOn) {
        return new SessionRequest(kind, " Хмарівська міська рада ", convocation, 52, "52 сесія", heldOn, "10:00",
                "Сесійна зала", null, null, null, null, null, null, null);
    }

    @Test
    void aValidSessionIsTrimmedAndPlannedByDefault() {
        SessionRules.Fields f = SessionRules.check(session("plenary", 8, "2026-09-24"), id -> true);
        assertEquals("Хмарівська міська рада", f.bodyName());
        assertEquals(SessionStatus.PLANNED, f.status());
        assertEquals(LocalTime.of(10, 0), f.startsAt());
    }

    @Test
    void everyBadSessionFieldIsReportedAtOnce() {
        assertEquals(List.of("bodyKind", "bodyName", "number", "heldOn"), fields(() -> SessionRules.check(
                new SessionRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null), id -> true)));
        assertEquals(List.of("convocation"), fields(() -> SessionRules.check(session("plenary", null, "2026-09-24"),
                id -> true)));
        assertEquals(List.of("bodyKind", "heldOn", "startsAt", "status", "videoUrl", "videoPublishedAt",
                "protocolDocumentId"), fields(() -> SessionRules.check(new SessionRequest("session", "Рада", 8, 1, "",
                "24.09.2026", "25:00", "", "done", null, "ftp://video", "вчора", 99L, null, null), id -> false)));
        assertEquals(List.of("videoUrl"), fields(() -> SessionRules.check(new SessionRequest("standing_commission",
                "Комісія з питань бюджету", null, 3, "", "2026-09-20", null, "", "held", null, null,
                "2026-09-20T18:00:00Z", null, null, null), id -> true)), "a published video needs its address");
    }

    @Test
    void itemsNeedATitleAndAVoteTimeForAVotedResult() {
        ItemRules.Fields f = ItemRules.check(new ItemRequest(null, "Про бюджет", 1L, null, null, null, null, null,
                null), id -> true);
        assertEquals(ItemResult.NO_VOTE, f.result());
        assertFalse(f.secretBallot());
        assertEquals(List.of("title", "draftDocumentId", "voteHeldAt"), fields(() -> ItemRules.check(
                new ItemRequest(null, " ", 5L, null, null, null, "adopted", null, null), id -> false)));
        assertEquals(List.of("position", "result"), fields(() -> ItemRules.check(
                new ItemRequest(0, "Про бюджет", null, null, null, null, "passed", null, null), id -> true)));
        assertEquals(List.of("voteHeldAt"), fields(() -> ItemRules.check(new ItemRequest(null, "Про бюджет", null,
                null, null, "2026-09-24T18:00:00Z", null, null, null), id -> true)));
    }

    @Test
    void votesNameEachDeputyOnceWithAKnownChoice() {
        Map<String, VoteChoice> votes = VoteRules.check(List.of(new VoteRequest(" Ковальчук Олена ", "for"),
                new VoteRequest("Бондар Іван", "ABSENT")), false);
        assertEquals(Map.of("Ковальчук Олена", VoteChoice.FOR, "Бондар Іван", VoteChoice.ABSENT), votes);
        assertEquals(List.of("[2].deputy", "[3].deputy", "[3].choice"), fields(() -> VoteRules.check(List.of(
                new VoteRequest("Ковальчук Олена", "for"), new VoteRequest("Бондар Іван", "against"),
                new VoteRequest("КОВАЛЬЧУК ОЛЕНА", "abstained"), new VoteRequest("", "yes")), false)));
        assertEquals(List.of("votes"), fields(() -> VoteRules.check(List.of(new VoteRequest("Бондар Іван", "for")),
                true)), "a secret ballot takes no per-deputy votes");
        assertEquals(Map.of(), VoteRules.check(List.of(), true));
    }
}
