package org.hromada.site.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hromada.platform.api.site.FormFile;
import org.hromada.platform.api.web.BoundedUpload;
import org.hromada.platform.api.web.MultipartReader;

/**
 * A {@code multipart/form-data} POST to a form that takes files, read by the platform's {@link MultipartReader}:
 * text fields into memory, each file into a temporary file, the whole body within the form's limit and at most
 * {@value #MAX_PARTS} parts. The caller deletes the files ({@link #delete}) once the form answered, whatever
 * happened; on failure they are already gone.
 */
final class MultipartForm {
    static final int MAX_PARTS = 50;

    record Parsed(Map<String, List<String>> fields, List<FormFile> files) {
    }

    /** Reads a multipart body within {@code maxBytes}; the servlet gives one per POST. */
    interface Source {
        Parsed read(long maxBytes) throws MultipartReader.RefusedException, IOException;
    }

    private MultipartForm() {
    }

    static boolean is(String contentType) {
        return contentType != null && contentType.split(";")[0].strip().equalsIgnoreCase("multipart/form-data");
    }

    /**
     * Reads the body into {@code tempDir}: a {@link MultipartReader.TooLargeException} over {@code maxBytes}, an
     * {@link MultipartReader.UnreadableException} or {@link MultipartReader.TooManyPartsException} for a body that
     * broke off or is not what it claims, an {@link IOException} when the folder cannot be written.
     */
    static Parsed parse(InputStream body, String contentType, long contentLength, long maxBytes, Path tempDir)
            throws MultipartReader.RefusedException, IOException {
        MultipartReader.Result result = MultipartReader.read(body, contentType, contentLength,
                MultipartReader.Options.of(tempDir, "form-", maxBytes).withMaxParts(MAX_PARTS));
        return new Parsed(result.fields(), result.files().stream()
                .map(f -> new FormFile(f.field(), f.filename(), f.contentType(), f.size(), f.path())).toList());
    }

    static void delete(List<FormFile> files) {
        BoundedUpload.deleteQuietly(files.stream().map(FormFile::path).toList());
    }
}
