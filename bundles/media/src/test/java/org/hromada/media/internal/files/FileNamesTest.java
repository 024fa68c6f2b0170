package org.hromada.media.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsLettersOfAnyScriptAndFixesTheExtension() {
        assertEquals("Рішення-сесії-5.pdf", FileNames.safe("Рішення сесії №5.pdf", AllowedType.PDF));
        assertEquals("photo.png", FileNames.safe("photo.jpg", AllowedType.PNG));
        assertEquals("photo.jpg", FileNames.safe("photo.JPEG", AllowedType.JPEG));
        assertEquals("budget.xlsx", FileNames.safe("budget", AllowedType.XLSX));
    }

    @Test
    void dropsFoldersAndDangerousCharacters() {
        assertEquals("passwd.txt", FileNames.safe("../../etc/passwd", AllowedType.TEXT));
        assertEquals("evil.pdf", FileNames.safe("C:\\Users\\x\\evil.pdf", AllowedType.PDF));
        assertEquals("a-b.pdf", FileNames.safe("a\"<>;\r\nb.pdf", AllowedType.PDF));
        assertEquals("image.png", FileNames.safe("...", AllowedType.PNG));
        assertEquals("document.pdf", FileNames.safe(null, AllowedType.PDF));
    }

    @Test
    void longNamesAreCut() {
        String name = FileNames.safe("x".repeat(500) + ".pdf", AllowedType.PDF);
        assertTrue(name.length() <= FileNames.MAX_LENGTH, name);
        assertTrue(name.endsWith(".pdf"), name);
    }
}
