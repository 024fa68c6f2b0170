package org.hromada.media.internal.files;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Real sample files built in the test: images drawn with Java2D, documents with their real structure. */
public final class Samples {

    private Samples() {
    }

    public static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.BLUE, width, height, Color.YELLOW));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IllegalStateException("no writer for " + format);
        }
        return out.toByteArray();
    }

    public static byte[] pdf() {
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] docx() throws IOException {
        return zip(null, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "_rels/.rels", "<Relationships/>", "word/document.xml", "<w:document/>");
    }

    public static byte[] xlsx() throws IOException {
        return zip(null, "[Content_Types].xml", "<Types/>", "_rels/.rels", "<Relationships/>",
                "xl/workbook.xml", "<workbook/>");
    }

    public static byte[] pptx() throws IOException {
        return zip(null, "[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p:presentation/>");
    }

    public static byte[] odf(String mimetype) throws IOException {
        return zip(mimetype, "content.xml", "<office:document-content/>", "META-INF/manifest.xml", "<manifest/>");
    }

    /** A plain zip (not an office file). */
    public static byte[] plainZip() throws IOException {
        return zip(null, "readme.txt", "hello");
    }

    /** An OLE2 compound file header followed by a directory entry naming the main stream. */
    public static byte[] ole2(String stream) {
        byte[] data = new byte[2048];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, data, 0, magic.length);
        byte[] name = (stream + "\0").getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, data, 1024, name.length);
        return data;
    }

    /** A Windows executable's start. */
    public static byte[] exe() {
        byte[] data = new byte[512];
        data[0] = 'M';
        data[1] = 'Z';
        data[0x3C] = (byte) 0x80;
        data[0x80] = 'P';
        data[0x81] = 'E';
        return data;
    }

    public static Path write(Path dir, String name, byte[] data) throws IOException {
        return Files.write(dir.resolve(name), data);
    }

    private static byte[] zip(String mimetype, String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (mimetype != null) {
                byte[] data = mimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(data.length);
                CRC32 crc = new CRC32();
                crc.update(data);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
