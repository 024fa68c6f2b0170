package org.hromada.site.internal;

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
import java.util.Map;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadBase;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.UploadContext;
import org.hromada.platform.api.site.FormFile;

/**
 * A {@code multipart/form-data} POST to a form that takes files, streamed with commons-fileupload: text
 * fields into memory, each file into a temporary file, all within the form's limit. The caller deletes the
 * files ({@link #delete}) once the form answered, whatever happened; on failure they are already gone.
 */
final class MultipartForm {
    static final int MAX_PARTS = 50;

    /** The body is over the form's limit. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** The body broke off or is not multipart as it claims. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    record Parsed(Map<String, List<String>> fields, List<FormFile> files) {
    }

    /** Reads a multipart body within {@code maxBytes}; the servlet gives one per POST. */
    interface Source {
        Parsed read(long maxBytes) throws TooLarge, Unreadable, IOException;
    }

    private MultipartForm() {
    }

    static boolean is(String contentType) {
        return contentType != null && contentType.split(";")[0].strip().equalsIgnoreCase("multipart/form-data");
    }

    static Parsed parse(InputStream body, String contentType, long contentLength, long maxBytes, Path tempDir)
            throws TooLarge, Unreadable, IOException {
        if (contentLength > maxBytes) {
            throw new TooLarge();
        }
        FileUpload upload = new FileUpload();
        upload.setFileCountMax(MAX_PARTS);
        upload.setSizeMax(maxBytes);
        upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<FormFile> files = new ArrayList<>();
        boolean complete = false;
        try {
            Files.createDirectories(tempDir);
            FileItemIterator parts = upload.getItemIterator(context(body, contentType, contentLength));
            while (parts.hasNext()) {
                FileItemStream part = parts.next();
                String name = part.getFieldName();
                try (InputStream in = part.openStream()) {
                    if (name == null) {
                        in.transferTo(OutputStream.nullOutputStream());
                    } else if (part.isFormField()) {
                        fields.computeIfAbsent(name, k -> new ArrayList<>()).add(text(in, maxBytes));
                    } else {
                        FormFile file = file(in, name, filename(part.getName()), part.getContentType(), tempDir);
                        if (file != null) {
                            files.add(file);
                        }
                    }
                }
            }
            complete = true;
            return new Parsed(fields, files);
        } catch (FileUploadBase.SizeLimitExceededException | FileUploadBase.FileSizeLimitExceededException e) {
            throw new TooLarge();
        } catch (FileUploadBase.FileUploadIOException e) {
            if (e.getCause() instanceof FileUploadBase.SizeLimitExceededException
                    || e.getCause() instanceof FileUploadBase.FileSizeLimitExceededException) {
                throw new TooLarge();
            }
            throw new Unreadable(e.getMessage());
        } catch (FileUploadException e) {
            throw new Unreadable(e.getMessage());
        } catch (IOException e) {
            if (Files.isDirectory(tempDir) && Files.isWritable(tempDir)) {
                throw new Unreadable(e.getMessage()); // the client's body broke off
            }
            throw e;
        } finally {
            if (!complete) {
                delete(files);
            }
        }
    }

    static void delete(List<FormFile> files) {
        for (FormFile f : files) {
            try {
                Files.deleteIfExists(f.path());
            } catch (IOException e) {
                // the temporary folder is emptied at the next start at the latest
            }
        }
    }

    /** Deletes what a stopped site left in its temporary folder (uploads cut off mid-way). */
    static void deleteLeftovers(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".part")).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    // still in use or gone: the next start tries again
                }
            });
        } catch (IOException e) {
            // an unreadable folder: uploads will report the problem
        }
    }

    /** The file part in a temporary file; null for a file input left empty. */
    private static FormFile file(InputStream in, String field, String filename, String contentType, Path tempDir)
            throws IOException {
        Path temp = Files.createTempFile(tempDir, "form-", ".part");
        boolean keep = false;
        try {
            long size;
            try (OutputStream out = Files.newOutputStream(temp)) {
                size = in.transferTo(out);
            }
            if (size == 0 && filename.isEmpty()) {
                return null;
            }
            keep = true;
            return new FormFile(field, filename, contentType, size, temp);
        } finally {
            if (!keep) {
                Files.deleteIfExists(temp);
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
