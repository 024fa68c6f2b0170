package org.hromada.documents.internal.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The types a document may have attached, told from the bytes (never from the name): fewer than the
 * media library takes, since only these make sense as the official text of an act or as its scan.
 */
public enum AttachmentType {
    PDF("application/pdf", false),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
    ODT("application/vnd.oasis.opendocument.text", false),
    JPEG("image/jpeg", true),
    PNG("image/png", true);

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String mediaType;
    private final boolean image;

    AttachmentType(String mediaType, boolean image) {
        this.mediaType = mediaType;
        this.image = image;
    }

    public String mediaType() {
        return mediaType;
    }

    /** A scan or a photo: it needs a title (the media library's alt text) and has no text to extract. */
    public boolean isImage() {
        return image;
    }

    /** The media types allowed, for the message of a refusal. */
    public static List<String> mediaTypes() {
        return Arrays.stream(values()).map(AttachmentType::mediaType).toList();
    }

    /** The type of the file's bytes, or empty when it is none of the allowed ones. */
    public static Optional<AttachmentType> detect(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, read, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, read, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, read, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        return startsWith(head, read, ZIP_MAGIC) ? office(file) : Optional.empty();
    }

    /**
     * A DOCX has {@code [Content_Types].xml} and {@code word/document.xml}; an ODT names its type in
     * the {@code mimetype} entry.
     */
    private static Optional<AttachmentType> office(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return ODT.mediaType.equals(declared) ? Optional.of(ODT) : Optional.empty();
                }
            }
            boolean docx = zip.getEntry("[Content_Types].xml") != null && zip.getEntry("word/document.xml") != null;
            return docx ? Optional.of(DOCX) : Optional.empty();
        } catch (IOException broken) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
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
