package org.hromada.web.internal.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Comparator;
import java.util.List;
import org.hromada.platform.api.web.FieldError;

/** Bean-validation failures of a request body: 422 with one entry per invalid field. */
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(ConstraintViolationMapper::toFieldError)
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return ProblemResponses.of(422, "Unprocessable Content", "The request has invalid fields.", errors, uri);
    }

    private static FieldError toFieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return new FieldError(path.isEmpty() ? "body" : path, violation.getMessage());
    }
}
