package org.hromada.platform.api.web;

/**
 * One invalid field of a request body, reported in the {@code errors} member of a problem.
 *
 * @param field   the JSON path of the field, e.g. {@code title} or {@code attachments[0].name}
 * @param message what is wrong, in words a client can show to a person
 */
public record FieldError(String field, String message) {
}
