package org.hromada.requests.internal.attachments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A file as it was received, before the checks: in a temporary file ({@code path}), or, when it went over
 * its limit, only its name ({@code tooLarge}, no path). Whoever received it deletes it ({@link #delete}).
 */
public record Upload(String field, String filename, Path path, long size, boolean tooLarge) {

    public static void delete(List<Upload> uploads) {
        for (Upload u : uploads) {
            if (u.path() != null) {
                try {
                    Files.deleteIfExists(u.path());
                } catch (IOException e) {
                    // the temporary folder is emptied at the next start at the latest
                }
            }
        }
    }

    /** Deletes what a stopped node left in the temporary folder (uploads cut off mid-way). */
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
}
