package org.hromada.documents.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadBase;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.UploadContext;
import org.hromada.documents.internal.attachments.AttachmentUploads;
import org.hromada.platform.api.web.ProblemException;

/**
 * A {@code multipart/form-data} attachment upload ({@code file}, {@code title}), streamed with
 * commons-fileupload (a bundle Felix HTTP ships): the file part goes straight to a temporary file,
 * the title (at most {@value #MAX_FIELD_BYTES} bytes) may come before or after it.
 */
record AttachmentForm(Path file, String filename, String title) {
    static final int MAX_FIELD_BYTES = 4000;
    static final int MAX_PARTS = 10;

    /**
     * Parses the body; {@code receive} turns the file part into a temporary file, {@code discard}
     * drops it when the rest of the body is bad. The file is null when no part was named {@code file}.
     */
    static AttachmentForm parse(InputStream body, String contentType, long contentLength, long maxBytes,
                                Function<InputStream, Path> receive, Consumer<Path> discard) {
        FileUpload upload = new FileUpload();
        upload.setFileCountMax(MAX_PARTS);
        // Room for the fields and part headers beside the largest file allowed.
        upload.setSizeMax(maxBytes + MAX_PARTS * (MAX_FIELD_BYTES + 1024L));
        upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
        Path file = null;
        String filename = null;
        String title = null;
        boolean complete = false;
        try {
            FileItemIterator parts = upload.getItemIterator(context(body, contentType, contentLength));
            while (parts.hasNext()) {
                FileItemStream part = parts.next();
                try (InputStream in = part.openStream()) {
                    if ("file".equals(part.getFieldName())) {
                        if (file != null) {
                            throw ProblemException.badRequest("Send one part named 'file'.");
                        }
                        file = receive.apply(in);
                        filename = part.getName();
                    } else if ("title".equals(part.getFieldName()) && part.isFormField()) {
                        title = field(in);
                    } else {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
            }
            complete = true;
            return new AttachmentForm(file, filename, title);
        } catch (FileUploadBase.SizeLimitExceededException e) {
            throw AttachmentUploads.tooLarge(maxBytes);
        } catch (FileUploadBase.FileUploadIOException e) {
            if (e.getCause() instanceof FileUploadBase.SizeLimitExceededException) {
                throw AttachmentUploads.tooLarge(maxBytes);
            }
            throw unreadable(e);
        } catch (FileUploadException | IOException e) {
            throw unreadable(e);
        } finally {
            if (!complete && file != null) {
                discard.accept(file);
            }
        }
    }

    private static String field(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
            if (out.size() > MAX_FIELD_BYTES) {
                throw ProblemException.badRequest("The field 'title' is longer than " + MAX_FIELD_BYTES + " bytes.");
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ProblemException unreadable(Exception e) {
        return ProblemException.badRequest("The multipart body could not be read: " + e.getMessage());
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
