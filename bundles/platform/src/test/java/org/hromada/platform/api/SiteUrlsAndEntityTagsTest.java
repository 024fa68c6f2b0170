package org.hromada.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hromada.platform.api.site.SiteUrls;
import org.hromada.platform.api.web.EntityTags;
import org.junit.jupiter.api.Test;

class SiteUrlsAndEntityTagsTest {

    @Test
    void siteAddressIsNormalised() {
        assertEquals("https://khmarivka.example", SiteUrls.normalise(" https://khmarivka.example/ "));
        assertEquals("http://localhost:8080/site", SiteUrls.normalise("http://localhost:8080/site"));
        assertEquals("", SiteUrls.normalise("javascript:alert(1)"));
        assertEquals("", SiteUrls.normalise("https://x.example/\"><script>"));
        assertEquals("", SiteUrls.normalise(null));
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(EntityTags.matches("\"abc\"", "\"abc\""));
        assertTrue(EntityTags.matches("W/\"abc\"", "\"abc\""));
        assertTrue(EntityTags.matches("\"x\", W/\"7-3\"", "W/\"7-3\""));
        assertTrue(EntityTags.matches("*", "\"abc\""));
        assertFalse(EntityTags.matches("\"abd\"", "\"abc\""));
        assertFalse(EntityTags.matches(null, "\"abc\""));
        assertFalse(EntityTags.matches("", "\"abc\""));
    }
}
