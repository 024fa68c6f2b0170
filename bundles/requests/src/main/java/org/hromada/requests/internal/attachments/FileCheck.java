package org.hromada.requests.internal.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Tells a file's type from its bytes: the signature of a PDF, PNG or JPEG; the entries of a ZIP that make
 * it a DOCX, XLSX, ODT or ODS (read through, so that an archive unpacking to more than
 * {@value #MAX_UNPACKED} bytes, a zip bomb, is refused); text without control characters and without HTML
 * for CSV and plain text. Anything else (a program, a web page, a script, an archive of other things) is
 * refused, whatever its name says.
 */
public final class FileCheck {
    /** What an office document may unpack to: far more than any real one, far less than a bomb. */
    static final long MAX_UNPACKED = 200L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final String[] MARKUP = {"<html", "<!doctype", "<script", "<svg", "<body", "<iframe", "<?xml",
            "<head", "<meta", "<object", "<embed"};

    /** The type found, or why the file is refused: {@code empty}, {@code type} or {@code archive}. */
    public record Verdict(FileType type, String problem) {
        public boolean accepted() {
            return type != null;
        }

        static Verdict of(FileType type) {
            return new Verdict(type, null);
        }

        static Verdict refused(String problem) {
            return new Verdict(null, problem);
        }
    }

    private FileCheck() {
    }

    /** Checks {@code file}; {@code filename} (untrusted) only tells a CSV from other text. */
    public static Verdict check(Path file, String filename) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return Verdict.refused("empty");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        if (startsWith(head, PDF)) {
            return Verdict.of(FileType.PDF);
        }
        if (startsWith(head, PNG)) {
            return Verdict.of(FileType.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Verdict.of(FileType.JPEG);
        }
        if (startsWith(head, ZIP)) {
            return office(file);
        }
        return text(file, filename);
    }

    private static Verdict office(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (!withinLimits(zip)) {
                return Verdict.refused("archive");
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                String declared;
                try (InputStream in = zip.getInputStream(mimetype)) {
                    declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                }
                if (FileType.ODT.mediaType().equals(declared)) {
                    return Verdict.of(FileType.ODT);
                }
                return FileType.ODS.mediaType().equals(declared) ? Verdict.of(FileType.ODS) : Verdict.refused("type");
            }
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Verdict.refused("type");
            }
            if (zip.getEntry("word/document.xml") != null) {
                return Verdict.of(FileType.DOCX);
            }
            return zip.getEntry("xl/workbook.xml") != null ? Verdict.of(FileType.XLSX) : Verdict.refused("type");
        } catch (ZipException broken) {
            return Verdict.refused("type");
        } catch (IOException broken) {
            return Verdict.refused("archive");
        }
    }

    /** Unpacks every entry, counting: the sizes an archive declares may lie. */
    private static boolean withinLimits(ZipFile zip) throws IOException {
        if (zip.size() > MAX_ENTRIES) {
            return false;
        }
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory()) {
                continue;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    total += read;
                    if (total > MAX_UNPACKED) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** UTF-8 (or, failing that, Windows-1251, which spreadsheets still save) without binary bytes or markup. */
    private static Verdict text(Path file, String filename) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f) {
                return Verdict.refused("type");
            }
        }
        String text = utf8(bytes);
        if (text == null) {
            text = new String(bytes, java.nio.charset.Charset.forName("windows-1251"));
        }
        String start = text.substring(0, (int) Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
        if (start.replace("\ufeff", "").stripLeading().startsWith("<")) {
            return Verdict.refused("type");
        }
        for (String tag : MARKUP) {
            if (start.contains(tag)) {
                return Verdict.refused("type");
            }
        }
        boolean csv = filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".csv");
        return Verdict.of(csv ? FileType.CSV : FileType.TEXT);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
