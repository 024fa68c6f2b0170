package org.hromada.media.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MediaPathTest {
    private static final String SHA = "a".repeat(64);

    @Test
    void originalsAndRenditions() {
        assertEquals(new MediaPath(SHA, null, "фото.jpg"), MediaPath.parse("/" + SHA + "/фото.jpg").orElseThrow());
        assertEquals(new MediaPath(SHA, 640, "a.jpg"), MediaPath.parse("/" + SHA + "/640/a.jpg").orElseThrow());
    }

    @Test
    void anythingElseIsNoAddress() {
        assertTrue(MediaPath.parse(null).isEmpty());
        assertTrue(MediaPath.parse("/").isEmpty());
        assertTrue(MediaPath.parse("/" + SHA).isEmpty());
        assertTrue(MediaPath.parse("/" + SHA + "/").isEmpty());
        assertTrue(MediaPath.parse("/" + SHA.toUpperCase() + "/a.jpg").isEmpty());
        assertTrue(MediaPath.parse("/" + SHA + "/0640/a.jpg").isEmpty());
        assertTrue(MediaPath.parse("/" + SHA + "/x/a.jpg").isEmpty());
        assertTrue(MediaPath.parse("/" + SHA + "/640/../a.jpg").isEmpty());
        assertTrue(MediaPath.parse("/" + SHA + "/.htaccess").isEmpty());
    }

    @Test
    void headersFollowTheType() {
        var pdf = ServedHeaders.of(org.hromada.media.internal.files.AllowedType.PDF, "Рішення.pdf", "\"x\"");
        assertTrue(pdf.get("Content-Disposition").startsWith("inline; filename=\"_______.pdf\"; filename*=UTF-8''%D0"),
                pdf.get("Content-Disposition"));
        var docx = ServedHeaders.of(org.hromada.media.internal.files.AllowedType.DOCX, "a.docx", "\"x\"");
        assertTrue(docx.get("Content-Disposition").startsWith("attachment;"));
        assertTrue(docx.get("Content-Security-Policy").contains("sandbox"));
        assertEquals("nosniff", docx.get("X-Content-Type-Options"));
    }
}
