package org.hromada.content.internal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.hromada.platform.api.media.MediaFile;
import org.hromada.platform.api.media.Rendition;
import org.junit.jupiter.api.Test;

class CoverViewsTest {
    private static final String SHA = "b".repeat(64);

    private static MediaFile photo(String alt) {
        return new MediaFile(7, "park.jpg", "image/jpeg", MediaFile.IMAGE, 1000, SHA, 1200, 800, alt, null,
                "/media/" + SHA + "/park.jpg", List.of(new Rendition(320, 213, "/media/" + SHA + "/320/park.jpg")),
                Instant.EPOCH, Instant.EPOCH, "admin");
    }

    @Test
    void theItemsAltWinsOverTheFiles() {
        assertEquals("Новий сквер", CoverViews.view(photo("Сквер"), "Новий сквер").get("alt"));
        assertEquals("Сквер", CoverViews.view(photo("Сквер"), " ").get("alt"));
        assertEquals("Сквер", CoverViews.view(photo("Сквер"), null).get("alt"));
    }

    @Test
    void srcsetListsRenditionsAndTheOriginal() {
        var view = CoverViews.view(photo("Сквер"), null);
        assertEquals("/media/" + SHA + "/320/park.jpg 320w, /media/" + SHA + "/park.jpg 1200w", view.get("srcset"));
        assertEquals("1200", view.get("width"));
        assertEquals("800", view.get("height"));
        assertEquals("/media/" + SHA + "/park.jpg", view.get("src"));
    }
}
