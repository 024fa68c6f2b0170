package org.hromada.media.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hromada.media.internal.files.AllowedType;
import org.hromada.media.internal.files.TypeDetector;
import org.hromada.media.internal.files.UnsupportedTypeException;
import org.hromada.media.internal.images.Dimensions;
import org.hromada.media.internal.images.ImageHeaders;

/**
 * What an upload must pass before it is kept: a type on the allow-list read from its bytes, alt text
 * for an image, bounded alt and title, and an image header within the pixel limit. Every refusal is
 * a keyed problem, so the API and the console can word it.
 */
final class UploadChecks {

    private UploadChecks() {
    }

    /** The detected type; throws the problems of the type, the alt text and the title together. */
    static AllowedType check(Path file, String filename, String alt, String title) throws IOException {
        List<MediaProblems.Keyed> errors = new ArrayList<>();
        if (alt != null && alt.length() > 500) {
            errors.add(MediaProblems.Keyed.of("alt", "altTooLong", "must be at most 500 characters", "500"));
        }
        if (title != null && title.length() > 300) {
            errors.add(MediaProblems.Keyed.of("title", "titleTooLong", "must be at most 300 characters", "300"));
        }
        AllowedType type = detect(file, filename);
        if (type.isImage() && alt == null) {
            errors.add(altRequired());
        }
        if (!errors.isEmpty()) {
            throw MediaProblems.invalid(errors);
        }
        return type;
    }

    /** The image's size from its header: 422 when it cannot be read or has more than {@code maxPixels}. */
    static Dimensions dimensions(Path file, AllowedType type, long maxPixels) throws IOException {
        Dimensions size = ImageHeaders.read(file, type == AllowedType.WEBP)
                .orElseThrow(() -> MediaProblems.field("file", "brokenImage", "is not a readable "
                        + type.extension().toUpperCase(Locale.ROOT) + " image (broken or truncated)",
                        type.extension().toUpperCase(Locale.ROOT)));
        if (size.pixels() > maxPixels) {
            throw MediaProblems.field("file", "tooManyPixels", "is " + size.width() + " x " + size.height()
                    + " pixels; at most " + maxPixels + " pixels are accepted (media.max.pixels)",
                    String.valueOf(size.width()), String.valueOf(size.height()), String.valueOf(maxPixels));
        }
        return size;
    }

    static MediaProblems.Keyed altRequired() {
        return MediaProblems.Keyed.of("alt", "altRequired", "is required for an image: describe what it shows");
    }

    private static AllowedType detect(Path file, String filename) throws IOException {
        try {
            if (Files.size(file) == 0) {
                throw MediaProblems.field("file", "empty", "is empty");
            }
            return TypeDetector.detect(file, filename);
        } catch (UnsupportedTypeException e) {
            throw MediaProblems.unsupported(e.detected());
        }
    }
}
