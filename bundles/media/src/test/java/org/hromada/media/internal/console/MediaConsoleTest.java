package org.hromada.media.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hromada.media.internal.MediaProblems;
import org.hromada.platform.api.media.MediaFile;
import org.hromada.platform.api.media.Rendition;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.platform.api.console.ConsoleTexts;
import org.junit.jupiter.api.Test;

/** The media section's words: upload problems as form errors in both languages, sizes, thumbnails. */
class MediaConsoleTest {
    private static final ConsoleTexts TEXTS = ConsoleTexts.of(MediaSection.class);
    private static final Locale UK = Locale.forLanguageTag("uk");

    @Test
    void theTwoLanguagesHaveTheSameKeys() {
        assertEquals(TEXTS.keys("uk"), TEXTS.keys("en"));
        assertFalse(TEXTS.keys("uk").isEmpty());
    }

    @Test
    void aWrongTypeNamesTheDetectedType() {
        Map<String, String> errors = MediaSection.errors(MediaProblems.unsupported("application/x-msdownload"), UK);
        assertEquals(List.of("file"), List.copyOf(errors.keySet()));
        assertTrue(errors.get("file").contains("application/x-msdownload"), errors.get("file"));
        assertTrue(errors.get("file").startsWith("Файл має тип"), errors.get("file"));
        String english = MediaSection.errors(MediaProblems.unsupported("application/zip"), Locale.ENGLISH).get("file");
        assertTrue(english.startsWith("The file is application/zip"), english);
    }

    @Test
    void aTooLargeFileSaysTheLimitInMegabytes() {
        ProblemException tooLarge = MediaProblems.tooLarge(20L * 1024 * 1024);
        assertEquals(413, tooLarge.status());
        assertEquals("Файл завеликий: щонайбільше 20 МБ.", MediaSection.errors(tooLarge, UK).get("file"));
        assertEquals("The file is too large: at most 20 MB.", MediaSection.errors(tooLarge, Locale.ENGLISH).get("file"));
    }

    @Test
    void aMissingAltIsAFieldErrorAndTheApiKeepsItsEnglish() {
        ProblemException missing = MediaProblems.field("alt", "altRequired",
                "is required for an image: describe what it shows");
        assertEquals(422, missing.status());
        assertEquals("is required for an image: describe what it shows", missing.errors().get(0).message());
        assertEquals("Для зображення потрібен альтернативний текст: опишіть, що на ньому.",
                MediaSection.errors(missing, UK).get("alt"));
    }

    @Test
    void everyKeyTheLibraryUsesHasAText() {
        for (String key : List.of("tooLarge", "unsupported", "empty", "brokenImage", "tooManyPixels", "undecodable",
                "altTooLong", "titleTooLong", "altRequired", "unreadable", "noFile", "changed", "failed")) {
            assertTrue(TEXTS.keys("uk").contains("media.error." + key), key);
        }
    }

    @Test
    void aProblemWithoutKeysGivesNoFieldErrors() {
        assertTrue(MediaSection.errors(ProblemException.forbidden("no"), UK).isEmpty());
    }

    @Test
    void sizesInTheUsersLanguage() {
        assertEquals("512 Б", Sizes.size(512, UK));
        assertEquals("12 KB", Sizes.size(12 * 1024, Locale.ENGLISH));
        assertEquals("1,5 МБ", Sizes.size(3 * 512 * 1024, UK));
        assertEquals("1.5 MB", Sizes.size(3 * 512 * 1024, Locale.ENGLISH));
    }

    @Test
    void anImagesThumbnailIsItsSmallestRendition() {
        MediaFile image = file(MediaFile.IMAGE, List.of(new Rendition(640, 480, "/media/a-640.jpg"),
                new Rendition(320, 240, "/media/a-320.jpg")));
        assertEquals("/media/a-320.jpg", MediaSection.thumbnail(image));
        assertEquals("/media/a.jpg", MediaSection.thumbnail(file(MediaFile.IMAGE, List.of())));
        assertEquals("", MediaSection.thumbnail(file(MediaFile.DOCUMENT, List.of())));
    }

    static MediaFile file(String kind, List<Rendition> renditions) {
        return new MediaFile(1L, "a.jpg", "image/jpeg", kind, 1000, "ab", 800, 600, "alt", null, "/media/a.jpg",
                renditions, Instant.EPOCH, Instant.EPOCH, "olena");
    }
}
