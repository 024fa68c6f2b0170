package org.hromada.media.internal.web;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.hromada.media.internal.MediaProblems;
import org.hromada.media.internal.store.BlobStore;
import org.hromada.platform.api.web.MultipartReader;
import org.hromada.platform.api.web.ProblemException;

/**
 * A {@code multipart/form-data} upload, read by the platform's {@link MultipartReader}: the text fields (at most
 * {@value #MAX_FIELD_CHARS} bytes each) and the one part named {@code file}, received into the library's
 * temporary folder and hashed as it streams in, never held in memory. Fields may come before or after the file;
 * other file parts are skipped unread.
 */
public final class MultipartUpload {
    static final int MAX_FIELD_CHARS = 4000;
    static final int MAX_PARTS = 10;

    /** The fields (the last of a name counts) and the file part (null when there was none) with its name. */
    public record Parsed(Map<String, String> fields, BlobStore.Received file, String filename) {
    }

    private MultipartUpload() {
    }

    /**
     * Reads the body: the file at most {@code maxBytes} (413), the body that plus room for the fields and part
     * headers (413), a broken body or a second {@code file} part a 400.
     */
    public static Parsed parse(InputStream body, String contentType, long contentLength, long maxBytes, Path tempDir) {
        MultipartReader.Result result = MultipartReader.readOrAnswer(body, contentType, contentLength,
                MultipartReader.Options.oneFile(tempDir, BlobStore.TEMP_PREFIX, "file", maxBytes, MAX_FIELD_CHARS,
                        MAX_PARTS).withDigest("SHA-256"), refused -> {
                    if (refused instanceof MultipartReader.TooLargeException large) {
                        return switch (large.limit()) {
                            case FIELD -> null; // the usual 400 naming it
                            case FILE -> MediaProblems.tooLarge(maxBytes);
                            case BODY, TOTAL -> new ProblemException(413, "Content Too Large", "The upload is larger"
                                    + " than the limit of " + maxBytes + " bytes (media.max.bytes).");
                        };
                    }
                    return refused instanceof MultipartReader.UnreadableException broken && broken.inFile()
                            ? MediaProblems.unreadable(broken.getMessage()) : null;
                });
        MultipartReader.ReceivedFile file = result.singleFile("file");
        Map<String, String> fields = new HashMap<>();
        result.fields().forEach((name, values) -> fields.put(name, values.get(values.size() - 1)));
        return new Parsed(fields, file == null ? null : new BlobStore.Received(file.path(), file.digest(), file.size()),
                file == null ? null : file.filename());
    }
}
