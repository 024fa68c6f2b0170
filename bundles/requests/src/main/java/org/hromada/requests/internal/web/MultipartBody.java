package org.hromada.requests.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hromada.platform.api.web.MultipartReader;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.attachments.Upload;

/**
 * A {@code multipart/form-data} body, read by the platform's {@link MultipartReader}: text fields into memory
 * (at most {@value #MAX_FIELD_BYTES} bytes each; the first of a name counts), each file into a temporary file
 * of at most {@code maxFileBytes}; a larger file is read to its end and kept as its name only, so that the
 * answer can name it. A body over {@code maxBodyBytes} is a 413; a broken one a 400.
 */
record MultipartBody(Map<String, String> fields, List<Upload> files) {
    static final int MAX_FIELD_BYTES = 64 * 1024;
    static final int MAX_PARTS = 30;

    static boolean is(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    static MultipartBody parse(InputStream body, String contentType, long contentLength, long maxFileBytes,
                               long maxBodyBytes, Path tempDir) {
        MultipartReader.Result result;
        try {
            result = MultipartReader.read(body, contentType, contentLength,
                    MultipartReader.Options.of(tempDir, "upload-", maxBodyBytes)
                            .withMaxFileBytes(maxFileBytes)
                            .withMaxFieldBytes(MAX_FIELD_BYTES)
                            .withMaxParts(MAX_PARTS)
                            .withSkipOversizedFiles(true));
        } catch (MultipartReader.TooLargeException e) {
            throw e.limit() == MultipartReader.Limit.FIELD ? e.toProblem() : tooLarge(maxBodyBytes);
        } catch (MultipartReader.RefusedException e) {
            throw e.toProblem();
        } catch (IOException e) {
            throw ProblemException.badRequest("The multipart body could not be read: " + e.getMessage());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        result.fields().forEach((name, values) -> fields.put(name, values.get(0)));
        List<Upload> files = result.sentFiles().stream().map(f -> f instanceof MultipartReader.ReceivedFile r
                ? new Upload(r.field(), r.filename(), r.path(), r.size(), false)
                : new Upload(f.field(), f.filename(), null, f.size(), true)).toList();
        return new MultipartBody(fields, files);
    }

    static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(413, "Content Too Large", "The body is larger than the limit of " + maxBytes
                + " bytes.");
    }
}
