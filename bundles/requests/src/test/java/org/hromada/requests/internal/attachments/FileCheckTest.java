package org.hromada.requests.internal.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are told by their bytes, whatever their names claim. */
class FileCheckTest {
    @TempDir
    Path dir;

    private FileCheck.Verdict check(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve("upload-" + System.nanoTime());
        Files.write(file, bytes);
        return FileCheck.check(file, name);
    }

    private void accepted(FileType type, String name, byte[] bytes) throws Exception {
        assertEquals(type, check(name, bytes).type(), name);
    }

    private void refused(String problem, String name, byte[] bytes) throws Exception {
        FileCheck.Verdict verdict = check(name, bytes);
        assertFalse(verdict.accepted(), name + " was taken as " + verdict.type());
        assertEquals(problem, verdict.problem(), name);
    }

    @Test
    void documentsTablesTextAndScansAreToldFromTheirBytes() throws Exception {
        accepted(FileType.PDF, "кошторис.pdf", TestFiles.pdf());
        accepted(FileType.PDF, "no-extension", TestFiles.pdf());
        accepted(FileType.PNG, "scan.png", TestFiles.png());
        accepted(FileType.JPEG, "scan.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16});
        accepted(FileType.DOCX, "letter.docx", TestFiles.docx());
        accepted(FileType.XLSX, "budget.xlsx", TestFiles.xlsx());
        accepted(FileType.ODT, "letter.odt", TestFiles.odt());
        accepted(FileType.CSV, "budget.csv", "рік;сума\n2026;1000\n".getBytes(StandardCharsets.UTF_8));
        accepted(FileType.CSV, "budget-1251.csv", "рік;сума\n".getBytes(java.nio.charset.Charset.forName("windows-1251")));
        accepted(FileType.TEXT, "note.txt", "Прошу надати копії.\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void programsWebPagesAndOtherArchivesAreRefusedWhateverTheirNames() throws Exception {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        refused("type", "scan.pdf", exe);
        refused("type", "letter.pdf", "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        refused("type", "letter.txt", "Hello\n<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        refused("type", "image.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        refused("type", "archive.docx", TestFiles.zip(null, new String[][] {{"readme.txt", "hello"}}));
        refused("type", "broken.docx", new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        refused("empty", "empty.pdf", new byte[0]);
    }

    @Test
    void aZipBombIsRefusedByWhatItUnpacksTo() throws Exception {
        byte[] bomb = TestFiles.bomb((int) (FileCheck.MAX_UNPACKED / (1024 * 1024)) + 1);
        assertEquals(true, bomb.length < 1024 * 1024, "small on the wire: " + bomb.length);
        refused("archive", "bomb.docx", bomb);
    }

    @Test
    void namesKeepTheirLastSegmentAndGetTheirTypesExtension() {
        assertEquals("скан.pdf", CheckedFile.safeName("C:\\Users\\olena\\скан.pdf", FileType.PDF));
        assertEquals("page.html.txt", CheckedFile.safeName("page.html", FileType.TEXT));
        assertEquals("photo.jpeg", CheckedFile.safeName("photo.jpeg", FileType.JPEG));
        assertEquals("file.pdf", CheckedFile.safeName("", FileType.PDF));
        assertEquals("file.bashrc.txt", CheckedFile.safeName("../.bashrc", FileType.TEXT));
        assertEquals("ab.pdf", CheckedFile.safeName("a\u0000\"b.pdf", FileType.PDF));
    }
}
