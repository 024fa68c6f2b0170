package org.hromada.web.internal.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.hromada.platform.api.web.ProblemException;

/** The problem a bundle's code threw on purpose. */
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ProblemException e) {
        Response.ResponseBuilder response = Response.fromResponse(
                ProblemResponses.of(e.status(), e.title(), e.detail(), e.errors(), uri));
        e.headers().forEach(response::header);
        return response.build();
    }
}
