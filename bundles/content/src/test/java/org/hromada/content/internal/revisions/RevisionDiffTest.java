package org.hromada.content.internal.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {
    private static Snapshot snapshot(String title, List<String> tags, String status, Instant publishAt) {
        return new Snapshot("uk", title, "slug", "summary", "<p>body</p>", null, tags, false, status, publishAt,
                null, null, 0, null, null);
    }

    @Test
    void sameSnapshotsHaveNoChanges() {
        Snapshot s = snapshot("Title", List.of("a"), "draft", null);
        assertTrue(RevisionDiff.compare(s, snapshot("Title", List.of("a"), "draft", null)).isEmpty());
    }

    @Test
    void changedFieldsAreListedInFieldOrder() {
        Instant at = Instant.parse("2026-12-01T09:00:00Z");
        List<FieldChange> changes = RevisionDiff.compare(snapshot("Old", List.of("a"), "draft", null),
                snapshot("New", List.of("a", "b"), "scheduled", at));
        assertEquals(List.of("title", "tags", "status", "publishAt"), changes.stream().map(FieldChange::field).toList());
        assertEquals(new FieldChange("title", "Old", "New"), changes.get(0));
        assertEquals(List.of("a", "b"), changes.get(1).after());
        assertEquals(null, changes.get(3).before());
        assertEquals("2026-12-01T09:00:00Z", changes.get(3).after());
    }

    @Test
    void againstNothingEverySetFieldIsNew() {
        List<FieldChange> changes = RevisionDiff.compare(null, snapshot("T", List.of(), "draft", null));
        assertTrue(changes.stream().anyMatch(c -> c.field().equals("title") && c.before() == null));
        assertTrue(changes.stream().noneMatch(c -> c.field().equals("section")));
    }

    @Test
    void snapshotsSurviveTheirJson() {
        Snapshot s = snapshot("Заголовок", List.of("ремонт"), "published", Instant.parse("2026-01-02T03:04:05.123Z"));
        assertEquals(s, Snapshots.fromJson(Snapshots.toJson(s)));
    }
}
