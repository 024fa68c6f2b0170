package org.hromada.console.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadBase;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.UploadContext;
import org.hromada.platform.api.console.ConsoleFile;
import org.hromada.platform.api.web.BoundedUpload;

/**
 * A {@code multipart/form-data} console form, streamed with commons-fileupload: text fields into
 * memory, each file into a temporary file, all of it within {@code maxBytes}. The caller deletes
 * the files ({@link #delete}) when the request is answered, whatever happened.
 */
final class Multipart {
    static final int MAX_PARTS = 50;

    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;
    }

    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    record Parsed(Map<String, List<String>> fields, List<ConsoleFile> files) {
    }

    private Multipart() {
    }

    /** Parses the body; on failure the files received so far are already deleted. */
    static Parsed parse(InputStream body, String contentType, long contentLength, long maxBytes, Path tempDir)
            throws TooLarge, Unreadable, IOException {
        if (contentLength > maxBytes + 64 * 1024) {
            throw new TooLarge();
        }
        FileUpload upload = new FileUpload();
        upload.setFileCountMax(MAX_PARTS);
        upload.setSizeMax(maxBytes + 64 * 1024);
        upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<ConsoleFile> files = new ArrayList<>();
        boolean complete = false;
        long used = 0;
        try {
            FileItemIterator parts = upload.getItemIterator(context(body, contentType, contentLength));
            while (parts.hasNext()) {
                FileItemStream part = parts.next();
                String name = part.getFieldName();
                try (InputStream in = part.openStream()) {
                    if (name == null) {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    } else if (part.isFormField()) {
                        String text = text(in, maxBytes - used);
                        used += text.length();
                        fields.computeIfAbsent(name, k -> new ArrayList<>()).add(text);
                    } else {
                        BoundedUpload.Received r = BoundedUpload.toTempFile(in, tempDir, "console-", maxBytes - used, null);
                        used += r.size();
                        String filename = filename(part.getName());
                        if (filename.isEmpty() && r.size() == 0) {
                            Files.deleteIfExists(r.file()); // a file input left empty
                        } else {
                            files.add(new ConsoleFile(name, filename, part.getContentType(), r.size(), r.file()));
                        }
                    }
                }
            }
            complete = true;
            return new Parsed(fields, files);
        } catch (BoundedUpload.TooLargeException | FileUploadBase.SizeLimitExceededException
                | FileUploadBase.FileSizeLimitExceededException e) {
            throw new TooLarge();
        } catch (FileUploadBase.FileUploadIOException e) {
            if (e.getCause() instanceof FileUploadBase.SizeLimitExceededException
                    || e.getCause() instanceof FileUploadBase.FileSizeLimitExceededException) {
                throw new TooLarge();
            }
            throw new Unreadable(e.getMessage());
        } catch (BoundedUpload.UnreadableException | FileUploadException e) {
            throw new Unreadable(e.getMessage());
        } finally {
            if (!complete) {
                delete(files);
            }
        }
    }

    static void delete(List<ConsoleFile> files) {
        for (ConsoleFile f : files) {
            try {
                Files.deleteIfExists(f.path());
            } catch (IOException e) {
                // the temp folder is cleaned at the next start at the latest
            }
        }
    }

    /** The last segment of what the browser sent (old browsers send a whole path). */
    static String filename(String sent) {
        if (sent == null) {
            return "";
        }
        String s = sent.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1).strip();
    }

    private static String text(InputStream in, long left) throws IOException, TooLarge {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
            if (out.size() > left) {
                throw new TooLarge();
            }
        }
        return out.toString(StandardCharsets.UTF_8);
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
