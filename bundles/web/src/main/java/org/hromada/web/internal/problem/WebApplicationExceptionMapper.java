package org.hromada.web.internal.problem;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/**
 * JAX-RS's own errors (404, 405, 406, 415, 401, 403, ...) as problems, keeping headers such as
 * {@code Allow} and {@code WWW-Authenticate} and the wording a client can act on.
 */
public class WebApplicationExceptionMapper implements jakarta.ws.rs.ext.ExceptionMapper<WebApplicationException> {
    private static final Map<Integer, String> DETAILS = Map.of(
            404, "There is nothing at this address.",
            405, "This address does not accept that method.",
            406, "This address cannot answer in the media type the request accepts.",
            415, "This address does not accept that Content-Type (JSON endpoints take application/json).",
            401, "Sign in first: send 'Authorization: Bearer <token>' (POST /api/v1/auth/token gives one).",
            403, "Your role does not allow this.");

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        String detail = DETAILS.getOrDefault(status, status >= 500 ? "The server could not answer." : "The request was not accepted.");
        if (e instanceof NotAllowedException) {
            detail = detail + " Allowed: " + String.join(", ", original.getAllowedMethods()) + ".";
        }
        Response problem = ProblemResponses.of(status, null, detail, List.of(), uri);
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER)) {
            Object value = original.getHeaders().getFirst(header);
            if (value != null) {
                builder.header(header, value);
            }
        }
        if (e instanceof NotAuthorizedException && original.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE) == null) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }
}
