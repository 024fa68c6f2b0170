package org.hromada.platform.api.site;

import java.nio.file.Path;

/**
 * A file sent with a multipart form of the site ({@link SiteForm#maxUploadBytes()} above 0). The site has
 * received it into a temporary file within the form's limit and deletes that file once the form answered.
 *
 * @param field       the form field's name
 * @param filename    the name the browser sent (its last segment), untrusted
 * @param contentType the type the browser claimed, untrusted; check the bytes
 * @param size        the size in bytes
 * @param path        where the bytes are, readable until {@link SiteForm#submit} returns
 */
public record FormFile(String field, String filename, String contentType, long size, Path path) {
}
