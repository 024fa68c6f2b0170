package org.hromada.requests.internal.attachments;

import java.util.Arrays;
import java.util.Optional;
import org.hromada.platform.api.web.FieldError;

/**
 * Why a file was refused. The API names it in English beside the field; the site finds it again in that
 * text ({@link #in}) and shows its own message ({@code requests.error.files.<key>}).
 */
public enum FileProblem {
    EMPTY("empty", "is empty"),
    TYPE("type", "is not one of the accepted types: PDF, DOCX, ODT, XLSX, ODS, CSV, plain text, JPEG or PNG"),
    ARCHIVE("archive", "unpacks to too much data or too many parts to be an office document"),
    SIZE("size", "is larger than the limit of %s per file"),
    TOTAL("total", "would take the request's files over the limit of %s in all"),
    COUNT("count", "too many files: at most %s can be sent with a request"),
    UNREADABLE("unreadable", "could not be read");

    private final String key;
    private final String text;

    FileProblem(String key, String text) {
        this.key = key;
        this.text = text;
    }

    public String key() {
        return key;
    }

    /** The error beside {@code field}: {@code "scan.exe" is not one of the accepted types: ...}. */
    public FieldError error(String field, String filename, String limit) {
        String what = String.format(java.util.Locale.ROOT, text, limit);
        return new FieldError(field, this == COUNT || filename == null || filename.isBlank() ? what
                : "\"" + filename + "\" " + what);
    }

    /** The problem an error's text tells of. */
    public static Optional<FileProblem> in(String message) {
        String m = message == null ? "" : message;
        return Arrays.stream(values()).filter(p -> m.contains(p.text.split("%s")[0].strip())).findFirst();
    }

    /** The problem a {@link FileCheck} verdict names. */
    static FileProblem of(String verdict) {
        return switch (verdict) {
            case "empty" -> EMPTY;
            case "archive" -> ARCHIVE;
            default -> TYPE;
        };
    }
}
