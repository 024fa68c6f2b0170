package org.hromada.system.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.hromada.platform.api.web.BoundedUpload;

/**
 * Receives an uploaded jar into a temporary file in the deploy folder itself, so that the final
 * move into place is atomic; its name does not end in {@code .jar}, so the watcher never sees a
 * half-written upload.
 */
final class JarUpload {

    private JarUpload() {
    }

    /** @return the temporary file; the caller moves or deletes it */
    static Path receive(InputStream body, Path dir, long maxBytes)
            throws BoundedUpload.TooLargeException, BoundedUpload.UnreadableException, IOException {
        return BoundedUpload.toTempFile(body, dir, DeployWatcher.UPLOAD_PREFIX, maxBytes, null).file();
    }
}
