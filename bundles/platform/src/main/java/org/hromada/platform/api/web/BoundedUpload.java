package org.hromada.platform.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.stream.Stream;

/**
 * Receives an uploaded body into a temporary file, reading no more than a limit, so an upload never
 * sits in memory and never fills the disk. A refused or broken upload leaves no file behind.
 */
public final class BoundedUpload {

    /** The body is larger than the limit (answer 413). */
    public static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** The client's body could not be read: the connection broke (answer 400). */
    public static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The received file and its size in bytes; the caller moves or deletes the file. */
    public record Received(Path file, long size) {
    }

    private BoundedUpload() {
    }

    /**
     * Copies {@code body} into a new file {@code <prefix>...part} in {@code dir}.
     *
     * @param digest updated with every byte when not null (e.g. SHA-256 for content addressing)
     * @throws IOException when the file cannot be written (the server's side)
     */
    public static Received toTempFile(InputStream body, Path dir, String prefix, long maxBytes, MessageDigest digest)
            throws TooLargeException, UnreadableException, IOException {
        Path temp = Files.createTempFile(dir, prefix, ".part");
        boolean complete = false;
        OutputStream file = Files.newOutputStream(temp);
        try (OutputStream out = digest == null ? file : new DigestOutputStream(file, digest)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            while (true) {
                int read;
                try {
                    read = body.read(buffer);
                } catch (IOException e) {
                    throw new UnreadableException(e);
                }
                if (read < 0) {
                    break;
                }
                total += read;
                if (total > maxBytes) {
                    throw new TooLargeException();
                }
                out.write(buffer, 0, read);
            }
            complete = true;
            return new Received(temp, total);
        } finally {
            if (!complete) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Deletes received files, quietly: one still in use or already gone is left to {@link #deleteLeftovers}. */
    public static void deleteQuietly(Iterable<Path> files) {
        for (Path file : files) {
            if (file == null) {
                continue;
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the temporary folder is emptied at the next start at the latest
            }
        }
    }

    /**
     * Deletes the {@code .part} files a stopped server left in a temporary folder (uploads cut off mid-way);
     * call it when the bundle that receives into {@code dir} starts.
     */
    public static void deleteLeftovers(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            deleteQuietly(files.filter(f -> f.getFileName().toString().endsWith(".part")).toList());
        } catch (IOException e) {
            // an unreadable folder: uploads will report the problem
        }
    }
}
