package org.hromada.media.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.media.MediaFile;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Identity;
import org.junit.jupiter.api.Test;

/** The audit entries of the library's writes. */
class MediaAuditTest {
    private static final Identity OLENA = new Identity("olena", Set.of("author"), Channels.CONSOLE);

    @Test
    void anUploadRecordsWhoAndWhat() {
        AuditEntry entry = MediaAudit.upload(OLENA, file(7, "Вид на ратушу", null));
        assertEquals("olena", entry.actor());
        assertEquals("console", entry.channel());
        assertEquals("media.upload", entry.action());
        assertEquals("media", entry.entityType());
        assertEquals("7", entry.entityId());
        assertEquals("ratusha.jpg", entry.summary());
        assertEquals(Map.of(), entry.before());
        assertEquals("Вид на ратушу", entry.after().get("alt"));
    }

    @Test
    void anUpdateRecordsOnlyTheFieldsThatChanged() {
        AuditEntry entry = MediaAudit.update(OLENA.via(Channels.API), file(7, "Ратуша", "Старий"),
                file(7, "Ратуша взимку", "Старий"));
        assertEquals("api", entry.channel());
        assertEquals("media.update", entry.action());
        assertEquals(Map.of("alt", "Ратуша"), entry.before());
        assertEquals(Map.of("alt", "Ратуша взимку"), entry.after());
    }

    @Test
    void aClearedTitleIsRecordedAsEmpty() {
        AuditEntry entry = MediaAudit.update(OLENA, file(7, "a", "Заголовок"), file(7, "a", null));
        assertEquals("Заголовок", entry.before().get("title"));
        assertEquals(true, entry.after().containsKey("title"));
        assertEquals(null, entry.after().get("title"));
    }

    @Test
    void aDeletionRecordsWhatWasThere() {
        AuditEntry entry = MediaAudit.delete(OLENA, file(9, "a", null));
        assertEquals("media.delete", entry.action());
        assertEquals("9", entry.entityId());
        assertEquals("ratusha.jpg", entry.before().get("filename"));
        assertEquals(Map.of(), entry.after());
    }

    private static MediaFile file(long id, String alt, String title) {
        return new MediaFile(id, "ratusha.jpg", "image/jpeg", MediaFile.IMAGE, 1000, "ab", 800, 600, alt, title,
                "/media/ab/ratusha.jpg", List.of(), Instant.EPOCH, Instant.EPOCH, "olena");
    }
}
