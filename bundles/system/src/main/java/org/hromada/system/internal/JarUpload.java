package org.hromada.system.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receives an uploaded jar into a temporary file in the deploy folder itself, so that the final
 * move into place is atomic; its name does not end in {@code .jar}, so the watcher never sees a
 * half-written upload.
 */
final class JarUpload {

    /** The body is larger than allowed. */
    static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** The client's body could not be read (the connection broke). */
    static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private JarUpload() {
    }

    /** @return the temporary file; the caller moves or deletes it */
    static Path receive(InputStream body, Path dir, long maxBytes)
            throws TooLargeException, UnreadableException, IOException {
        Path temp = Files.createTempFile(dir, DeployWatcher.UPLOAD_PREFIX, ".part");
        boolean complete = false;
        try (OutputStream out = Files.newOutputStream(temp)) {
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
            return temp;
        } finally {
            if (!complete) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
