package org.hromada.requests.internal.attachments;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of file a request or its answer may carry: copies of documents (PDF, DOCX, ODT, XLSX, ODS),
 * tables (CSV), plain text and scans (JPEG, PNG). {@link FileCheck} tells them from the bytes, never
 * from the name or the type a client claims.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    CSV("text/csv", "csv"),
    TEXT("text/plain", "txt");

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type stored under {@code mediaType}, or TEXT for an unknown one (never served as anything active). */
    public static FileType ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst().orElse(TEXT);
    }

    /** For hints and the {@code accept} attribute: {@code .pdf,.docx,...}. */
    public static List<String> extensions() {
        return Arrays.stream(values()).map(t -> "." + t.extension).toList();
    }
}
