package org.hromada.web.internal.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.hromada.platform.api.web.FieldError;

/**
 * The RFC 9457 problem document every error response carries.
 *
 * @param type     a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title    a short, stable summary of the kind of problem
 * @param status   the HTTP status
 * @param detail   what went wrong with this request, for a person
 * @param instance the request path
 * @param errors   per-field errors for 400/422, else absent
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
}
