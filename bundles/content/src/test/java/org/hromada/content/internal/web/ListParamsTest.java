package org.hromada.content.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.hromada.content.internal.model.Status;
import org.hromada.content.internal.store.ContentQuery;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.junit.jupiter.api.Test;

class ListParamsTest {

    private static ContentQuery editor(String page, String size, String language, String status, String from,
                                       String to) {
        return ListParams.parse(page, size, null, null, language, status, from, to, null, true);
    }

    private static List<String> badFields(Runnable action) {
        ProblemException e = assertThrows(ProblemException.class, action::run);
        assertEquals(400, e.status());
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void defaults() {
        ContentQuery q = editor(null, null, null, null, null, null);
        assertEquals(1, q.page());
        assertEquals(20, q.size());
        assertNull(q.status());
        assertNull(q.language());
    }

    @Test
    void filtersAreParsed() {
        ContentQuery q = ListParams.parse("2", "50", "osvita", "remont", "en", "in_review", "2026-01-01",
                "2026-01-31", " school ", true);
        assertEquals(2, q.page());
        assertEquals(50, q.size());
        assertEquals("osvita", q.section());
        assertEquals("remont", q.tag());
        assertEquals("en", q.language());
        assertEquals(Status.IN_REVIEW, q.status());
        assertEquals(LocalDate.of(2026, 1, 1), q.from());
        assertEquals(LocalDate.of(2026, 1, 31), q.to());
        assertEquals("school", q.q());
    }

    @Test
    void thePublicSeesOnlyPublishedWhateverItAsks() {
        assertEquals(Status.PUBLISHED, ListParams.parse(null, null, null, null, null, "draft", null, null, null,
                false).status());
        assertEquals(Status.PUBLISHED, ListParams.parse(null, null, null, null, null, "nonsense", null, null, null,
                false).status());
    }

    @Test
    void badValuesAreReportedTogetherByName() {
        assertEquals(List.of("page", "size", "language", "status", "from", "to"),
                badFields(() -> editor("0", "101", "de", "done", "01.02.2026", "2026-13-01")));
        assertEquals(List.of("page"), badFields(() -> editor("abc", null, null, null, null, null)));
        assertEquals(List.of("to"), badFields(() -> editor(null, null, null, null, "2026-02-01", "2026-01-01")));
    }

    @Test
    void revisionAgainstMustBeARevisionNumber() {
        assertNull(RevisionParams.against(null));
        assertEquals(3, RevisionParams.against("3"));
        assertThrows(ProblemException.class, () -> RevisionParams.against("0"));
        assertThrows(ProblemException.class, () -> RevisionParams.against("x"));
    }

    @Test
    void publishBodiesAreOptional() {
        assertEquals(PublishRequest.NONE, PublishBodies.parse(""));
        assertEquals(PublishRequest.NONE, PublishBodies.parse("{}"));
        assertEquals("2026-12-01T09:00:00Z", PublishBodies.parse("{\"publishAt\":\"2026-12-01T09:00:00Z\"}")
                .publishAt().toString());
        ProblemException e = assertThrows(ProblemException.class, () -> PublishBodies.parse("{\"publishAt\":\"soon\"}"));
        assertEquals("publishAt", e.errors().get(0).field());
        assertEquals(400, assertThrows(ProblemException.class, () -> PublishBodies.parse("{")).status());
    }
}
