package org.hromada.documents.internal.attachments.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.hromada.documents.internal.attachments.AttachmentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextExtractionTest {
    static final String TITLE = "Про затвердження Програми розвитку";

    @TempDir
    Path folder;

    /** decision.pdf is made by make-decision-pdf.jsh beside it (DejaVu Sans embedded). */
    static Path decisionPdf(Path folder) throws IOException {
        Path file = folder.resolve("decision.pdf");
        try (InputStream in = TextExtractionTest.class.getResourceAsStream("/attachments/decision.pdf")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void theUkrainianTextOfAPdfComesOut() throws IOException {
        Path pdf = decisionPdf(folder);
        assertEquals(AttachmentType.PDF, AttachmentType.detect(pdf).orElseThrow());
        ExtractedText text = TextExtraction.of(pdf, AttachmentType.PDF);
        assertEquals(TextStatus.EXTRACTED, text.status());
        assertEquals(TITLE + "\nРішення сесії № 12-VIII, 2025 рік", text.text().replace("\r\n", "\n"));
    }

    @Test
    void aPdfWithoutATextLayerHasNoText() throws IOException {
        Path pdf = folder.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        assertEquals(ExtractedText.none(), TextExtraction.of(pdf, AttachmentType.PDF));
    }

    @Test
    void aBrokenPdfFailsWithoutThrowing() throws IOException {
        Path pdf = Files.write(folder.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Cat".getBytes(StandardCharsets.US_ASCII));
        assertEquals(AttachmentType.PDF, AttachmentType.detect(pdf).orElseThrow());
        assertEquals(ExtractedText.failed(), TextExtraction.of(pdf, AttachmentType.PDF));
    }

    @Test
    void aDocxGivesItsParagraphsOnePerLineWithoutFieldCodes() throws IOException {
        Path docx = OfficeFiles.docx(folder, TITLE, "Сільська рада вирішила:");
        assertEquals(AttachmentType.DOCX, AttachmentType.detect(docx).orElseThrow());
        ExtractedText text = TextExtraction.of(docx, AttachmentType.DOCX);
        assertEquals(new ExtractedText(TITLE + "\nСільська рада вирішила:", TextStatus.EXTRACTED), text);
    }

    @Test
    void anOdtGivesItsHeadingsAndParagraphsWithTheirSpaces() throws IOException {
        Path odt = OfficeFiles.odt(folder, "Рішення № 7", TITLE, "Голова громади");
        assertEquals(AttachmentType.ODT, AttachmentType.detect(odt).orElseThrow());
        ExtractedText text = TextExtraction.of(odt, AttachmentType.ODT);
        assertEquals("Рішення № 7\n" + TITLE + "\nГолова громади", text.text());
        assertEquals(TextStatus.EXTRACTED, text.status());
    }

    @Test
    void imagesHaveNoText() throws IOException {
        Path png = Files.write(folder.resolve("scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0});
        assertEquals(AttachmentType.PNG, AttachmentType.detect(png).orElseThrow());
        assertEquals(ExtractedText.none(), TextExtraction.of(png, AttachmentType.PNG));
    }

    @Test
    void otherTypesAreNotAttachments() throws IOException {
        assertTrue(AttachmentType.detect(Files.writeString(folder.resolve("a.txt"), TITLE)).isEmpty());
        assertTrue(AttachmentType.detect(Files.write(folder.resolve("empty"), new byte[0])).isEmpty());
        Path zip = OfficeFiles.zip(folder.resolve("a.zip"), null, new String[][] {{"readme.txt", TITLE}});
        assertTrue(AttachmentType.detect(zip).isEmpty());
        Path ods = OfficeFiles.zip(folder.resolve("a.ods"), "application/vnd.oasis.opendocument.spreadsheet",
                new String[][] {{"content.xml", "<a/>"}});
        assertTrue(AttachmentType.detect(ods).isEmpty());
        Path broken = Files.write(folder.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertTrue(AttachmentType.detect(broken).isEmpty());
    }

    @Test
    void aZipBombIsNotInflatedPastTheCap() throws IOException {
        String huge = "<w:document xmlns:w=\"" + DocxText.WORD + "\"><w:body><w:p><w:r><w:t>"
                + "а".repeat(2_000_000) + "</w:t></w:r></w:p></w:body></w:document>";
        Path bomb = OfficeFiles.docxWithXml(folder, huge);
        assertTrue(Files.size(bomb) < 100_000, "it compresses well: " + Files.size(bomb));
        // The parser reports the cap's IOException wrapped in its own exception.
        Exception refused = assertThrows(Exception.class, () -> DocxText.extract(bomb, 1_000_000));
        assertTrue(refused.getMessage().contains("inflates to more than 1000000 bytes"), refused.getMessage());
        // Under the real cap the same file is read only until the text to keep is complete.
        assertEquals(ExtractedText.MAX_CHARS, TextExtraction.of(bomb, AttachmentType.DOCX).text().length());
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "top-secret-password");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document xmlns:w=\"" + DocxText.WORD + "\"><w:body><w:p><w:r><w:t>a &x; b</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        ExtractedText docx = TextExtraction.of(OfficeFiles.docxWithXml(folder, xxe), AttachmentType.DOCX);
        assertFalse(docx.text().contains("top-secret"), docx.text());
        ExtractedText odt = TextExtraction.of(OfficeFiles.odtWithXml(folder, xxe.replace("w:", "text:")
                .replace(DocxText.WORD, OdtText.TEXT)), AttachmentType.ODT);
        assertFalse(odt.text().contains("top-secret"), odt.text());
    }

    @Test
    void theTextIsCappedAndStrippedOfSurroundingSpace() throws IOException {
        String line = "Бюджет громади на 2026 рік ".repeat(20);
        String[] paragraphs = new String[ExtractedText.MAX_CHARS / line.length() + 50];
        java.util.Arrays.fill(paragraphs, line);
        ExtractedText text = TextExtraction.of(OfficeFiles.odt(folder, "  Додаток", paragraphs), AttachmentType.ODT);
        assertEquals(ExtractedText.MAX_CHARS, text.text().length());
        assertTrue(text.text().startsWith("Додаток\nБюджет"), text.text().substring(0, 40));
        assertEquals(ExtractedText.none(), ExtractedText.of("  \n\t "));
    }
}
