package org.hromada.documents.internal.web;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.hromada.documents.internal.attachments.AttachmentUploads;
import org.hromada.platform.api.web.MultipartReader;

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
        MultipartReader.Result result = MultipartReader.readOrAnswer(body, contentType, contentLength,
                MultipartReader.Options.oneFile(tempDir, AttachmentUploads.TEMP_PREFIX, "file", maxBytes,
                        MAX_FIELD_BYTES, MAX_PARTS).withTextFields(Set.of("title")),
                // The file over its limit or breaking off is answered as a raw upload of it would be.
                refused -> refused instanceof MultipartReader.TooLargeException large
                        && large.limit() != MultipartReader.Limit.FIELD ? AttachmentUploads.tooLarge(maxBytes)
                        : refused instanceof MultipartReader.UnreadableException broken && broken.inFile()
                        ? AttachmentUploads.unreadable(broken.getMessage()) : null);
        MultipartReader.ReceivedFile file = result.singleFile("file");
        List<String> titles = result.fields().getOrDefault("title", List.of());
        String title = titles.isEmpty() ? null : titles.get(titles.size() - 1);
        return file == null ? new AttachmentForm(null, null, title) : new AttachmentForm(file.path(), file.filename(), title);
    }
}
