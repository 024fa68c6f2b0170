package org.hromada.web.internal.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.hromada.platform.api.web.FieldError;

/** Builds {@code application/problem+json} responses. */
public final class ProblemResponses {
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private ProblemResponses() {
    }

    public static Response of(int status, String detail, UriInfo uri) {
        return of(status, null, detail, List.of(), uri);
    }

    public static Response of(int status, String title, String detail, List<FieldError> errors, UriInfo uri) {
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String resolvedTitle = title != null ? title : statusType != null ? statusType.getReasonPhrase() : "Error";
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Problem problem = new Problem(typeOf(status, errors), resolvedTitle, status, detail, instance, errors);
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }

    private static String typeOf(int status, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            return "/problems/invalid-fields";
        }
        return status == 429 ? "/problems/too-many-attempts" : "about:blank";
    }
}
