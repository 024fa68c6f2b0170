package org.hromada.requests.internal.attachments;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real files built in the tests: a PDF, a PNG, a DOCX, an XLSX, an ODT, a zip bomb. */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A 1x1 PNG. */
    static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }

    static byte[] docx() throws Exception {
        return zip(null, new String[][] {{"[Content_Types].xml", "<Types/>"},
                {"word/document.xml", "<w:document><w:body><w:p><w:r><w:t>Кошторис</w:t></w:r></w:p></w:body></w:document>"}});
    }

    static byte[] xlsx() throws Exception {
        return zip(null, new String[][] {{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<workbook/>"}});
    }

    static byte[] odt() throws Exception {
        return zip("application/vnd.oasis.opendocument.text", new String[][] {{"content.xml", "<office:document/>"}});
    }

    /** A DOCX whose one entry unpacks to {@code megabytes} of zeros. */
    static byte[] bomb(int megabytes) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    static byte[] zip(String mimetype, String[][] entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (mimetype != null) {
                byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(type.length);
                CRC32 crc = new CRC32();
                crc.update(type);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(type);
            }
            for (String[] e : entries) {
                zip.putNextEntry(new ZipEntry(e[0]));
                zip.write(e[1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}
