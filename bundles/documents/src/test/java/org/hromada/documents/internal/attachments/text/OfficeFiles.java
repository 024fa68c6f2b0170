package org.hromada.documents.internal.attachments.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Real, minimal DOCX and ODT files written for the tests. */
public final class OfficeFiles {

    private OfficeFiles() {
    }

    /** A DOCX whose paragraphs are the given lines ({@code w:t} runs split mid-word on purpose). */
    public static Path docx(Path folder, String... paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            int half = p.length() / 2;
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(p, 0, half).append("</w:t></w:r>")
                    .append("<w:r><w:instrText>PAGE</w:instrText><w:t>").append(p.substring(half))
                    .append("</w:t></w:r></w:p>");
        }
        return docxWithXml(folder, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"" + DocxText.WORD + "\"><w:body>" + body + "</w:body></w:document>");
    }

    public static Path docxWithXml(Path folder, String documentXml) throws IOException {
        return zip(folder.resolve("act.docx"), null, new String[][] {
                {"[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
                {"_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>"},
                {"word/document.xml", documentXml}});
    }

    /** An ODT with a heading and paragraphs, one with {@code text:s} and a nested span. */
    public static Path odt(Path folder, String heading, String... paragraphs) throws IOException {
        StringBuilder body = new StringBuilder("<text:h text:outline-level=\"1\">").append(heading).append("</text:h>");
        for (String p : paragraphs) {
            int space = p.indexOf(' ');
            body.append("<text:p>").append(space < 0 ? p : p.substring(0, space) + "<text:s/><text:span>"
                    + p.substring(space + 1) + "</text:span>").append("</text:p>");
        }
        return odtWithXml(folder, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"" + OdtText.TEXT
                + "\"><office:body><office:text>" + body + "</office:text></office:body></office:document-content>");
    }

    public static Path odtWithXml(Path folder, String contentXml) throws IOException {
        return zip(folder.resolve("act.odt"), "application/vnd.oasis.opendocument.text", new String[][] {
                {"META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>"},
                {"content.xml", contentXml}});
    }

    /** A zip with the entries; an ODT's {@code mimetype} comes first, as the format asks. */
    public static Path zip(Path file, String mimetype, String[][] entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            if (mimetype != null) {
                ZipEntry entry = new ZipEntry("mimetype");
                byte[] bytes = mimetype.getBytes(StandardCharsets.US_ASCII);
                // stored uncompressed, first: how ODF files are recognised by their bytes
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(bytes.length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(bytes);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
            for (String[] entry : entries) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
