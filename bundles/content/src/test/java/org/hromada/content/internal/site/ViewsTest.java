package org.hromada.content.internal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hromada.content.internal.model.ContentType;
import org.junit.jupiter.api.Test;

class ViewsTest {

    @Test
    void listAddresses() {
        assertEquals("/news", Views.listUrl(ContentType.NEWS, "uk"));
        assertEquals("/en/announcements", Views.listUrl(ContentType.ANNOUNCEMENT, "en"));
        assertEquals("/news", Views.listUrl(ContentType.NEWS, "uk", null, 1));
        assertEquals("/news?page=2", Views.listUrl(ContentType.NEWS, "uk", "", 2));
        assertEquals("/en/materials?section=osvita&page=3", Views.listUrl(ContentType.MATERIAL, "en", "osvita", 3));
        assertEquals("/news?section=a%26b+c%3D%D1%96", Views.listUrl(ContentType.NEWS, "uk", "a&b c=і", 1),
                "a section is encoded, whatever it holds");
    }

    @Test
    void aSummaryThatOnlyRepeatsTheBodyIsNotShown() {
        assertFalse(Views.showSummary("", "<p>Текст</p>"));
        assertFalse(Views.showSummary("Перше речення новини", "<p>Перше речення новини. Друге.</p>"));
        assertFalse(Views.showSummary("Перше речення…", "<p>Перше   речення новини</p>"));
        assertTrue(Views.showSummary("Коротко про головне", "<p>Перше речення новини.</p>"));
    }

}
