package org.hromada.documents.internal.sessions;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.hromada.documents.internal.entities.SessionEntity;
import org.hromada.platform.api.web.ProblemException;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static SessionEntity held(String videoPublishedAt) {
        SessionEntity s = SessionDeadlinesTest.session("plenary", "held", LocalDate.of(2026, 9, 24));
        s.setVideoPublishedAt(videoPublishedAt == null ? null : Instant.parse(videoPublishedAt));
        return s;
    }

    @Test
    void aVideoIsKeptFiveYearsFromItsKyivPublicationDay() {
        SessionEntity s = held("2026-09-24T21:30:00Z"); // 00:30 on 25 September in Kyiv
        assertEquals(LocalDate.of(2031, 9, 25), Retention.until(s));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> Retention.checkDeletable(s, LocalDate.of(2031, 9, 24)));
        assertEquals(409, refused.status());
        assertTrue(refused.detail().contains("5 years") && refused.detail().contains("Art. 46 p.18"), refused.detail());
        assertDoesNotThrow(() -> Retention.checkDeletable(s, LocalDate.of(2031, 9, 25)));
    }

    @Test
    void sessionsWithoutAPublishedVideoOrNotHeldAreNotHeldBack() {
        assertNull(Retention.until(held(null)));
        SessionEntity planned = held("2026-09-24T18:00:00Z");
        planned.setStatus("planned");
        assertNull(Retention.until(planned));
        assertDoesNotThrow(() -> Retention.checkDeletable(planned, LocalDate.of(2026, 9, 25)));
    }
}
