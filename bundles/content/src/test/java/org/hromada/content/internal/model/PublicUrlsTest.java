package org.hromada.content.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PublicUrlsTest {

    @Test
    void eachTypeHasItsPath() {
        assertEquals("/news/remont-dorohy", PublicUrls.of(ContentType.NEWS, "uk", "remont-dorohy"));
        assertEquals("/announcements/a", PublicUrls.of(ContentType.ANNOUNCEMENT, "uk", "a"));
        assertEquals("/pages/about", PublicUrls.of(ContentType.PAGE, "uk", "about"));
        assertEquals("/materials/m", PublicUrls.of(ContentType.MATERIAL, "uk", "m"));
    }

    @Test
    void englishItemsLiveUnderEn() {
        assertEquals("/en/news/road-repair", PublicUrls.of(ContentType.NEWS, "en", "road-repair"));
    }

    @Test
    void onlyPublishedItemsHaveAUrl() {
        assertEquals("/pages/a", PublicUrls.ifPublished(ContentType.PAGE, Status.PUBLISHED, "uk", "a"));
        for (Status s : new Status[] {Status.DRAFT, Status.IN_REVIEW, Status.SCHEDULED, Status.ARCHIVED}) {
            assertNull(PublicUrls.ifPublished(ContentType.PAGE, s, "uk", "a"));
        }
    }

    @Test
    void keysRoundTrip() {
        for (ContentType t : ContentType.values()) {
            assertEquals(t, ContentType.ofKey(t.key()));
        }
        for (Status s : Status.values()) {
            assertEquals(s, Status.ofKey(s.key()));
        }
    }
}
