package org.hromada.media.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeDetectorTest {
    @TempDir
    Path dir;

    private AllowedType detect(String name, byte[] data) throws Exception {
        // stored under a neutral name: only the bytes (and, for text, the name given) may decide
        return TypeDetector.detect(Samples.write(dir, "upload.part", data), name);
    }

    @Test
    void imagesAreKnownByTheirBytes() throws Exception {
        assertEquals(AllowedType.PNG, detect("photo.png", Samples.image("png", 40, 30)));
        assertEquals(AllowedType.JPEG, detect("photo.jpg", Samples.image("jpeg", 40, 30)));
        assertEquals(AllowedType.GIF, detect("anim.gif", Samples.image("gif", 40, 30)));
        assertEquals(AllowedType.PNG, detect("misnamed.jpg", Samples.image("png", 40, 30)),
                "the name does not decide");
        assertEquals(AllowedType.WEBP, detect("x", "RIFF\0\0\0\0WEBPVP8X".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void documentsAreKnownByTheirStructure() throws Exception {
        assertEquals(AllowedType.PDF, detect("doc.pdf", Samples.pdf()));
        assertEquals(AllowedType.DOCX, detect("рішення.docx", Samples.docx()));
        assertEquals(AllowedType.XLSX, detect("budget.xlsx", Samples.xlsx()));
        assertEquals(AllowedType.PPTX, detect("slides.zip", Samples.pptx()));
        assertEquals(AllowedType.ODT, detect("a.odt", Samples.odf("application/vnd.oasis.opendocument.text")));
        assertEquals(AllowedType.ODS, detect("a.ods", Samples.odf("application/vnd.oasis.opendocument.spreadsheet")));
        assertEquals(AllowedType.ODP, detect("a", Samples.odf("application/vnd.oasis.opendocument.presentation")));
        assertEquals(AllowedType.DOC, detect("old.doc", Samples.ole2("WordDocument")));
        assertEquals(AllowedType.XLS, detect("old.xls", Samples.ole2("Workbook")));
        assertEquals(AllowedType.PPT, detect("old.ppt", Samples.ole2("PowerPoint Document")));
        assertEquals(AllowedType.RTF, detect("a.rtf", "{\\rtf1\\ansi Hello}".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void plainTextIsCsvOnlyWhenNamedSo() throws Exception {
        byte[] csv = "назва,сума\nдороги,100\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(AllowedType.CSV, detect("budget.csv", csv));
        assertEquals(AllowedType.TEXT, detect("budget.txt", csv));
    }

    @Test
    void anExecutableNamedPdfIsRefusedWithItsRealType() throws Exception {
        UnsupportedTypeException refused = assertThrows(UnsupportedTypeException.class,
                () -> detect("report.pdf", Samples.exe()));
        assertEquals("application/x-msdownload", refused.detected());
    }

    @Test
    void activeOrUnknownContentIsRefused() throws Exception {
        assertThrows(UnsupportedTypeException.class, () -> detect("page.html",
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8)));
        assertThrows(UnsupportedTypeException.class, () -> detect("logo.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8)));
        UnsupportedTypeException zip = assertThrows(UnsupportedTypeException.class,
                () -> detect("a.docx", Samples.plainZip()));
        assertEquals("application/zip", zip.detected());
        UnsupportedTypeException ole = assertThrows(UnsupportedTypeException.class,
                () -> detect("a.doc", Samples.ole2("SomethingElse")));
        assertTrue(ole.detected().contains("msoffice"), ole.detected());
    }
}
