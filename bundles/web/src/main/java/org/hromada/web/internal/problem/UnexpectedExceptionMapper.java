package org.hromada.web.internal.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fault of ours: logged in full with an incident id; the client gets a 500 problem with only
 * that id, never a stack trace.
 */
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Incident {} on {}", incident, uri == null ? "?" : uri.getRequestUri().getRawPath(), e);
        return ProblemResponses.of(500, "Internal Server Error",
                "The server failed to answer. Incident " + incident + " has been logged.", List.of(), uri);
    }
}
