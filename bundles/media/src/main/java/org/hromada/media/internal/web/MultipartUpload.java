package org.hromada.media.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        MultipartReader.Result result;
        try {
            result = MultipartReader.read(body, contentType, contentLength, MultipartReader.Options
                    // Room for the fields and the part headers beside the largest file the library accepts.
                    .of(tempDir, BlobStore.TEMP_PREFIX, maxBytes + MAX_PARTS * (MAX_FIELD_CHARS + 1024L))
                    .withMaxFileBytes(maxBytes)
                    .withMaxFieldBytes(MAX_FIELD_CHARS)
                    .withMaxParts(MAX_PARTS)
                    .withFileFields(Set.of("file"))
                    .withSkipEmptyFileInputs(false)
                    .withDigest("SHA-256"));
        } catch (MultipartReader.TooLargeException e) {
            throw switch (e.limit()) {
                case FIELD -> ProblemException.badRequest("The field '" + e.field() + "' is longer than "
                        + MAX_FIELD_CHARS + " bytes.");
                case FILE -> MediaProblems.tooLarge(maxBytes);
                case BODY, TOTAL -> tooLarge(maxBytes);
            };
        } catch (MultipartReader.UnreadableException e) {
            throw e.inFile() ? MediaProblems.unreadable(e.getMessage()) : unreadable(e);
        } catch (MultipartReader.TooManyPartsException e) {
            throw unreadable(e);
        } catch (IOException e) { // the temporary folder
            throw new UncheckedIOException(e);
        }
        List<MultipartReader.ReceivedFile> files = result.files();
        if (files.size() > 1) {
            result.deleteFiles();
            throw ProblemException.badRequest("Send one part named 'file'.");
        }
        Map<String, String> fields = new HashMap<>();
        result.fields().forEach((name, values) -> fields.put(name, values.get(values.size() - 1)));
        MultipartReader.ReceivedFile file = files.isEmpty() ? null : files.get(0);
        return new Parsed(fields, file == null ? null : new BlobStore.Received(file.path(), file.digest(), file.size()),
                file == null ? null : file.filename());
    }

    private static ProblemException unreadable(Exception e) {
        return ProblemException.badRequest("The multipart body could not be read: " + e.getMessage());
    }

    private static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(413, "Content Too Large", "The upload is larger than the limit of "
                + maxBytes + " bytes (media.max.bytes).");
    }
}
