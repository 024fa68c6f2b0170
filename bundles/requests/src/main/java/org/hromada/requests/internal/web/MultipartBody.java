package org.hromada.requests.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadBase;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.UploadContext;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.attachments.Upload;

/**
 * A {@code multipart/form-data} body, streamed with commons-fileupload (a bundle Felix HTTP ships): text
 * fields into memory (at most {@value #MAX_FIELD_BYTES} bytes each), each file into a temporary file of at
 * most {@code maxFileBytes}; a larger file is read to its end and kept as its name only, so that the
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
        if (contentLength > maxBodyBytes) {
            throw tooLarge(maxBodyBytes);
        }
        FileUpload upload = new FileUpload();
        upload.setFileCountMax(MAX_PARTS);
        upload.setSizeMax(maxBodyBytes);
        upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
        Map<String, String> fields = new LinkedHashMap<>();
        List<Upload> files = new ArrayList<>();
        boolean complete = false;
        try {
            FileItemIterator parts = upload.getItemIterator(context(body, contentType, contentLength));
            while (parts.hasNext()) {
                FileItemStream part = parts.next();
                String name = part.getFieldName();
                try (InputStream in = part.openStream()) {
                    if (name == null) {
                        in.transferTo(OutputStream.nullOutputStream());
                    } else if (part.isFormField()) {
                        fields.putIfAbsent(name, text(in, name));
                    } else {
                        Upload file = file(in, name, filename(part.getName()), maxFileBytes, tempDir);
                        if (file != null) {
                            files.add(file);
                        }
                    }
                }
            }
            complete = true;
            return new MultipartBody(fields, files);
        } catch (FileUploadBase.SizeLimitExceededException e) {
            throw tooLarge(maxBodyBytes);
        } catch (FileUploadBase.FileUploadIOException e) {
            if (e.getCause() instanceof FileUploadBase.SizeLimitExceededException) {
                throw tooLarge(maxBodyBytes);
            }
            throw unreadable(e);
        } catch (FileUploadException | IOException e) {
            throw unreadable(e);
        } finally {
            if (!complete) {
                Upload.delete(files);
            }
        }
    }

    /** The file part in a temporary file; null for a file input left empty. */
    private static Upload file(InputStream in, String field, String filename, long maxBytes, Path tempDir)
            throws IOException {
        Path temp = Files.createTempFile(tempDir, "upload-", ".part");
        long size = 0;
        boolean keep = false;
        try (OutputStream out = Files.newOutputStream(temp)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                size += read;
                if (size > maxBytes) {
                    in.transferTo(OutputStream.nullOutputStream()); // the rest of the body still counts against its limit
                    return new Upload(field, filename, null, size, true);
                }
                out.write(buffer, 0, read);
            }
            if (size == 0 && filename.isEmpty()) {
                return null;
            }
            keep = true;
            return new Upload(field, filename, temp, size, false);
        } finally {
            if (!keep) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** The last segment of what the client sent (old browsers send a whole path). */
    static String filename(String sent) {
        if (sent == null) {
            return "";
        }
        String s = sent.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1).strip();
    }

    private static String text(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
            if (out.size() > MAX_FIELD_BYTES) {
                throw ProblemException.badRequest("The field '" + name + "' is longer than " + MAX_FIELD_BYTES + " bytes.");
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(413, "Content Too Large", "The body is larger than the limit of " + maxBytes
                + " bytes.");
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
