package org.hromada.documents.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.hromada.documents.internal.attachments.AttachmentUploads;
import org.hromada.platform.api.web.MultipartReader;
import org.hromada.platform.api.web.ProblemException;

/**
 * A {@code multipart/form-data} attachment upload ({@code file}, {@code title}), read by the platform's
 * {@link MultipartReader}: the file part goes straight to a temporary file, the title (at most
 * {@value #MAX_FIELD_BYTES} bytes) may come before or after it; other parts are skipped unread.
 */
record AttachmentForm(Path file, String filename, String title) {
    static final int MAX_FIELD_BYTES = 4000;
    static final int MAX_PARTS = 10;

    /**
     * Parses the body; the file, at most {@code maxBytes}, goes into {@code tempDir} and is null when no part was
     * named {@code file}. The caller deletes it.
     */
    static AttachmentForm parse(InputStream body, String contentType, long contentLength, long maxBytes, Path tempDir) {
        MultipartReader.Result result;
        try {
            result = MultipartReader.read(body, contentType, contentLength, MultipartReader.Options
                    // Room for the fields and part headers beside the largest file allowed.
                    .of(tempDir, AttachmentUploads.TEMP_PREFIX, maxBytes + MAX_PARTS * (MAX_FIELD_BYTES + 1024L))
                    .withMaxFileBytes(maxBytes)
                    .withMaxFieldBytes(MAX_FIELD_BYTES)
                    .withMaxParts(MAX_PARTS)
                    .withFileFields(Set.of("file"))
                    .withTextFields(Set.of("title"))
                    .withSkipEmptyFileInputs(false));
        } catch (MultipartReader.TooLargeException e) {
            throw e.limit() == MultipartReader.Limit.FIELD
                    ? ProblemException.badRequest("The field 'title' is longer than " + MAX_FIELD_BYTES + " bytes.")
                    : AttachmentUploads.tooLarge(maxBytes);
        } catch (MultipartReader.UnreadableException e) {
            throw e.inFile() ? AttachmentUploads.unreadable(e.getMessage()) : unreadable(e);
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
        String title = result.fields().getOrDefault("title", List.of()).stream().reduce((a, b) -> b).orElse(null);
        return files.isEmpty() ? new AttachmentForm(null, null, title)
                : new AttachmentForm(files.get(0).path(), files.get(0).filename(), title);
    }

    private static ProblemException unreadable(Exception e) {
        return ProblemException.badRequest("The multipart body could not be read: " + e.getMessage());
    }
}
