package org.hromada.requests.internal.attachments;

import java.nio.file.Path;
import java.util.List;
import org.hromada.platform.api.web.BoundedUpload;

/**
 * A file as it was received, before the checks: in a temporary file ({@code path}), or, when it went over
 * its limit, only its name ({@code tooLarge}, no path). Whoever received it deletes it ({@link #delete}); what
 * a stopped node left is deleted at the next start ({@link BoundedUpload#deleteLeftovers}).
 */
public record Upload(String field, String filename, Path path, long size, boolean tooLarge) {

    public static void delete(List<Upload> uploads) {
        BoundedUpload.deleteQuietly(uploads.stream().map(Upload::path).toList());
    }
}
