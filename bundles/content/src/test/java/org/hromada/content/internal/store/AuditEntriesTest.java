package org.hromada.content.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.revisions.Snapshot;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Identity;
import org.junit.jupiter.api.Test;

class AuditEntriesTest {
    private static final Identity EDITOR = new Identity("olena", Set.of("editor"), Channels.CONSOLE);

    private static Snapshot snapshot(String title, String status, Instant publishAt) {
        return new Snapshot("uk", title, "slug", "Summary", "<p>Body</p>", null, List.of("a"), false, status,
                publishAt, null, null, 0, null, null);
    }

    @Test
    void anUpdateNamesTheChangedFieldsOnly() {
        AuditEntry entry = AuditEntries.of(EDITOR, ContentType.NEWS, 12, "update",
                snapshot("Old", "draft", null), snapshot("New", "draft", null));
        assertEquals("olena", entry.actor());
        assertEquals("console", entry.channel());
        assertEquals("news.update", entry.action());
        assertEquals("news", entry.entityType());
        assertEquals("12", entry.entityId());
        assertEquals("New", entry.summary());
        assertEquals(Map.of("title", "Old"), entry.before());
        assertEquals(Map.of("title", "New"), entry.after());
    }

    @Test
    void aCreationHasNoBeforeAndADeletionNoAfter() {
        AuditEntry created = AuditEntries.of(EDITOR.via(Channels.API), ContentType.PAGE, 3, "create", null,
                snapshot("Page", "draft", null));
        assertEquals("api", created.channel());
        assertEquals("page.create", created.action());
        assertTrue(created.before().isEmpty());
        assertEquals("Page", created.after().get("title"));
        assertFalse(created.after().containsKey("publishAt")); // unset fields are not news

        AuditEntry deleted = AuditEntries.of(EDITOR, ContentType.PAGE, 3, "delete", snapshot("Page", "draft", null), null);
        assertEquals("page.delete", deleted.action());
        assertEquals("Page", deleted.summary());
        assertTrue(deleted.after().isEmpty());
        assertEquals("Page", deleted.before().get("title"));
    }

    @Test
    void theSchedulerActsOnItsOwnChannel() {
        Instant at = Instant.parse("2026-05-01T09:00:00Z");
        AuditEntry entry = AuditEntries.of(AuditEntries.SCHEDULER, ContentType.ANNOUNCEMENT, 7, "publish",
                snapshot("A", "scheduled", at), snapshot("A", "published", at));
        assertEquals("scheduler", entry.actor());
        assertEquals("scheduler", entry.channel());
        assertEquals("announcement.publish", entry.action());
        assertEquals(Map.of("status", "scheduled"), entry.before());
        assertEquals(Map.of("status", "published"), entry.after());
    }
}
