package org.hromada.platform.api.media;

import java.io.InputStream;
import org.hromada.platform.api.security.Identity;

/**
 * A file to add to the library.
 *
 * @param content    the bytes; read once, up to the configured limit, and not closed
 * @param filename   the name the file came with (only its last segment is kept); may be null
 * @param alt        the text alternative, required when the file is an image
 * @param title      an optional title
 * @param uploadedBy who adds it, and by which channel (for the audit log)
 */
public record MediaUpload(InputStream content, String filename, String alt, String title, Identity uploadedBy) {
}
