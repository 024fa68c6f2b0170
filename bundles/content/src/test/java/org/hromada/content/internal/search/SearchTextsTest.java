package org.hromada.content.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.hromada.content.internal.model.ContentType;
import org.hromada.platform.api.search.SearchDocument;
import org.junit.jupiter.api.Test;

class SearchTextsTest {

    @Test
    void aDocumentHasThePlainTextOfSummaryAndBodyButNotTheTitle() {
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        SearchDocument doc = SearchTexts.document(ContentType.ANNOUNCEMENT, 7, "en", "Session", "session",
                "Agenda inside.", "<p>The <b>council</b> meets</p><p>on Friday &amp; Monday.</p>", at);
        assertEquals(new SearchDocument("announcement", 7, "en", "Session",
                "Agenda inside. The council meets on Friday & Monday.", "/en/announcements/session", at), doc);
    }

    @Test
    void scriptsAndMarkupNeverReachTheText() {
        assertEquals("Текст", SearchTexts.text("", "<script>alert(1)</script><p onclick=\"x()\">Текст</p>"));
    }

    @Test
    void aSummaryGeneratedFromTheBodyIsNotRepeated() {
        String body = "<p>Рішення про ремонт доріг ухвалено на сесії.</p>";
        assertEquals("Рішення про ремонт доріг ухвалено на сесії.", SearchTexts.text("Рішення про ремонт…", body));
        assertEquals("Рішення про ремонт доріг ухвалено на сесії.",
                SearchTexts.text("Рішення про ремонт доріг ухвалено на сесії.", body));
    }

    @Test
    void emptyPartsLeaveNoSeparators() {
        assertEquals("Лише анотація", SearchTexts.text("Лише анотація", ""));
        assertEquals("", SearchTexts.text(null, null));
    }
}
