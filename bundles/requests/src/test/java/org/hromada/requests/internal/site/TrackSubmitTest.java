package org.hromada.requests.internal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.hromada.platform.api.site.FormAnswer;
import org.junit.jupiter.api.Test;

/** The tracking form's answers that need no register: missing parts, and pairs too long to look up. */
class TrackSubmitTest {
    private final TrackSubmit track = new TrackSubmit(null);

    @Test
    void aMissingNumberOrCodeIsNamedBesideItsField() {
        FormAnswer answer = track.submit(PublicRequestFormTest.post("number", " 2026-00001 ", "code", ""));
        assertEquals(422, answer.status());
        assertEquals(TrackPage.TEMPLATE, answer.template());
        assertEquals(Map.of("code", "requests.error.required"), answer.model().get("errors"));
        assertEquals("2026-00001", answer.model().get("number"));
    }

    @Test
    void aPairTooLongToBeRealIsNotFoundWithoutSayingWhichPart() {
        FormAnswer answer = track.submit(PublicRequestFormTest.post("number", "1".repeat(500), "code", "abc"));
        assertEquals(404, answer.status());
        assertEquals(true, answer.model().get("notFound"));
        assertEquals(40, answer.model().get("number").toString().length());
        assertTrue(((Map<?, ?>) answer.model().get("errors")).isEmpty());
        assertNull(answer.model().get("request"));
    }
}
