package org.hromada.platform.api.console;

import java.nio.file.Path;

/**
 * A file sent with a multipart console form. The console has received it into a temporary file
 * within its size limit and deletes that file when the request is answered.
 *
 * @param field       the form field's name
 * @param filename    the name the browser sent, untrusted
 * @param contentType the type the browser claimed, untrusted
 * @param size        the size in bytes
 * @param path        where the bytes are, readable until the request is answered
 */
public record ConsoleFile(String field, String filename, String contentType, long size, Path path) {
}
