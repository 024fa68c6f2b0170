package org.hromada.documents.internal.attachments;

import java.nio.file.Path;
import java.util.function.Function;
import org.hromada.platform.api.Hromada;

/**
 * Where an attachment is received ({@code <data.dir>/documents/tmp}) and how large it may be: the
 * media library's own limit ({@value #MAX_BYTES}, default 25 MB), since the file ends up there.
 */
record UploadSettings(Path tempDir, long maxBytes) {
    static final String MAX_BYTES = "hromada.media.max.bytes";
    static final long DEFAULT_MAX_BYTES = 25L * 1024 * 1024;

    static UploadSettings from(Function<String, String> properties) {
        String data = properties.apply(Hromada.DATA_DIR);
        return new UploadSettings(Path.of(data == null || data.isBlank() ? "data" : data, "documents", "tmp"),
                positive(properties.apply(MAX_BYTES)));
    }

    private static long positive(String raw) {
        try {
            long value = raw == null ? 0 : Long.parseLong(raw.strip());
            return value > 0 ? value : DEFAULT_MAX_BYTES;
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_BYTES;
        }
    }
}
