package org.hromada.disclosure.internal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccessPageTest {

    @Test
    void englishPagesLinkEnglishPagesButNotFilesOrTheApi() {
        assertEquals("/en/request-information", AccessPage.inLanguage("/request-information", "en"));
        assertEquals("/request-information", AccessPage.inLanguage("/request-information", "uk"));
        assertEquals("/en/accounting-system", AccessPage.inLanguage("/en/accounting-system", "en"));
        assertEquals("/api/v1/documents/accounting-system.csv",
                AccessPage.inLanguage("/api/v1/documents/accounting-system.csv", "en"));
        assertEquals("/documents/feed.xml", AccessPage.inLanguage("/documents/feed.xml", "en"));
        assertEquals("https://example.org/x", AccessPage.inLanguage("https://example.org/x", "en"));
        assertEquals("//example.org/x", AccessPage.inLanguage("//example.org/x", "en"));
    }
}
