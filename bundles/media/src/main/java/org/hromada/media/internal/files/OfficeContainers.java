package org.hromada.media.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Names the office format inside a container that tika-core alone only recognises as a container:
 * an Office Open XML zip (its {@code [Content_Types].xml} and the {@code word/}, {@code xl/} or
 * {@code ppt/} part), or an OLE2 compound file of Word 97, Excel 97 or PowerPoint 97 (the name of its
 * main stream, stored in UTF-16LE in the directory).
 */
final class OfficeContainers {
    private static final int CHUNK = 64 * 1024;

    private OfficeContainers() {
    }

    static Optional<AllowedType> ooxml(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith("word/")) {
                    return Optional.of(AllowedType.DOCX);
                }
                if (name.startsWith("xl/")) {
                    return Optional.of(AllowedType.XLSX);
                }
                if (name.startsWith("ppt/")) {
                    return Optional.of(AllowedType.PPTX);
                }
            }
            return Optional.empty();
        } catch (IOException notAZip) {
            return Optional.empty();
        }
    }

    static Optional<AllowedType> ole2(Path file) throws IOException {
        byte[][] names = {utf16("WordDocument"), utf16("Workbook"), utf16("Book"), utf16("PowerPoint Document")};
        AllowedType[] types = {AllowedType.DOC, AllowedType.XLS, AllowedType.XLS, AllowedType.PPT};
        int overlap = names[3].length;
        byte[] window = new byte[CHUNK + overlap];
        try (InputStream in = Files.newInputStream(file)) {
            int kept = 0;
            while (true) {
                int read = in.readNBytes(window, kept, CHUNK);
                if (read <= 0) {
                    return Optional.empty();
                }
                int length = kept + read;
                for (int n = 0; n < names.length; n++) {
                    if (indexOf(window, length, names[n]) >= 0) {
                        return Optional.of(types[n]);
                    }
                }
                kept = Math.min(overlap, length);
                System.arraycopy(window, length - kept, window, 0, kept);
            }
        }
    }

    private static byte[] utf16(String name) {
        return (name + "\0").getBytes(StandardCharsets.UTF_16LE);
    }

    static int indexOf(byte[] data, int length, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
