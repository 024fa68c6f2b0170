package org.hromada.media.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadBase;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.UploadContext;
import org.hromada.platform.api.web.ProblemException;

/**
 * A {@code multipart/form-data} upload, streamed with commons-fileupload (a bundle Felix HTTP
 * already ships): the text fields are read (at most {@value #MAX_FIELD_CHARS} bytes each) and the
 * part named {@code file} is handed on as a stream, never held in memory. Fields may come before or
 * after the file, so the file is received first (into the library's temporary folder) by the
 * {@code receiver}, and the fields seen up to the end are passed to it once the stream ends.
 */
public final class MultipartUpload {
    static final int MAX_FIELD_CHARS = 4000;
    static final int MAX_PARTS = 10;

    /** What the file part and the fields are turned into. */
    public interface Receiver<T> {
        /** Receives the file part: read it fully (or throw). */
        T file(InputStream content, String filename);

        /** Drops what {@link #file} made when the rest of the body turns out bad. */
        void discard(T file);
    }

    /** The fields and what the receiver made of the file part (null when there was none). */
    public record Parsed<T>(Map<String, String> fields, T file) {
    }

    private MultipartUpload() {
    }

    public static <T> Parsed<T> parse(InputStream body, String contentType, long contentLength, long maxBytes,
                                      Receiver<T> receiver) {
        FileUpload upload = new FileUpload();
        upload.setFileCountMax(MAX_PARTS);
        // Room for the fields and the part headers beside the largest file the library accepts.
        upload.setSizeMax(maxBytes + MAX_PARTS * (MAX_FIELD_CHARS + 1024L));
        upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
        Map<String, String> fields = new HashMap<>();
        T file = null;
        boolean complete = false;
        try {
            FileItemIterator parts = upload.getItemIterator(context(body, contentType, contentLength));
            while (parts.hasNext()) {
                FileItemStream part = parts.next();
                String name = part.getFieldName();
                try (InputStream in = part.openStream()) {
                    if ("file".equals(name)) {
                        if (file != null) {
                            throw ProblemException.badRequest("Send one part named 'file'.");
                        }
                        file = receiver.file(in, part.getName());
                    } else if (part.isFormField() && name != null) {
                        fields.put(name, text(in, name));
                    } else {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                }
            }
            complete = true;
        } catch (FileUploadBase.SizeLimitExceededException e) {
            throw tooLarge(maxBytes);
        } catch (FileUploadBase.FileUploadIOException e) {
            if (e.getCause() instanceof FileUploadBase.FileSizeLimitExceededException
                    || e.getCause() instanceof FileUploadBase.SizeLimitExceededException) {
                throw tooLarge(maxBytes);
            }
            throw ProblemException.badRequest("The multipart body could not be read: " + e.getMessage());
        } catch (FileUploadException e) {
            throw ProblemException.badRequest("The multipart body could not be read: " + e.getMessage());
        } catch (IOException e) {
            throw ProblemException.badRequest("The multipart body could not be read: " + e.getMessage());
        } finally {
            if (!complete && file != null) {
                receiver.discard(file);
            }
        }
        return new Parsed<>(fields, file);
    }

    private static String text(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
            if (out.size() > MAX_FIELD_CHARS) {
                throw ProblemException.badRequest("The field '" + name + "' is longer than " + MAX_FIELD_CHARS
                        + " bytes.");
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(413, "Content Too Large", "The upload is larger than the limit of "
                + maxBytes + " bytes (media.max.bytes).");
    }

    private static UploadContext context(InputStream body, String contentType, long contentLength) {
        return new UploadContext() {
            @Override
            public long contentLength() {
                return contentLength;
            }

            @Override
            public String getCharacterEncoding() {
                return StandardCharsets.UTF_8.name();
            }

            @Override
            public String getContentType() {
                return contentType;
            }

            @Override
            @Deprecated
            public int getContentLength() {
                return (int) Math.min(Integer.MAX_VALUE, contentLength);
            }

            @Override
            public InputStream getInputStream() {
                return body;
            }
        };
    }
}
