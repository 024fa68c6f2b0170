package org.hromada.web.internal.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.glassfish.jersey.server.ParamException;
import org.hromada.platform.api.web.FieldError;

/**
 * A query, header, form or cookie parameter that cannot be converted (e.g. {@code ?page=abc}):
 * 400 naming the parameter. JAX-RS would answer 404, which sends a client looking in the wrong
 * place. A path segment that does not convert stays a 404: there is no such address.
 */
public class ParamExceptionMapper implements ExceptionMapper<ParamException> {
    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ParamException e) {
        if (e instanceof ParamException.PathParamException) {
            return ProblemResponses.of(404, "There is nothing at this address.", uri);
        }
        return ProblemResponses.of(400, "Invalid parameter", "The parameter '" + e.getParameterName()
                + "' has a value that cannot be used.", List.of(new FieldError(e.getParameterName(),
                "has an invalid value")), uri);
    }
}
