package org.hromada.media.internal;

import java.nio.file.Path;
import java.util.function.Function;
import org.hromada.platform.api.Hromada;

/**
 * The media library's settings, from framework properties ({@code conf/hromada.properties} or
 * {@code HROMADA_*}): {@value #MAX_BYTES} (default 25 MB) and {@value #MAX_PIXELS} (default 40
 * megapixels); files go to {@code <data.dir>/media}.
 */
public record MediaSettings(Path mediaDir, long maxBytes, long maxPixels) {
    static final String MAX_BYTES = "hromada.media.max.bytes";
    static final String MAX_PIXELS = "hromada.media.max.pixels";
    static final long DEFAULT_MAX_BYTES = 25L * 1024 * 1024;
    static final long DEFAULT_MAX_PIXELS = 40_000_000L;

    static MediaSettings from(Function<String, String> properties) {
        String data = properties.apply(Hromada.DATA_DIR);
        return new MediaSettings(Path.of(data == null || data.isBlank() ? "data" : data, "media"),
                positive(properties.apply(MAX_BYTES), DEFAULT_MAX_BYTES),
                positive(properties.apply(MAX_PIXELS), DEFAULT_MAX_PIXELS));
    }

    /** A positive number, or the default for a missing or invalid value. */
    static long positive(String raw, long fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.strip());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
