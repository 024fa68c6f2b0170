package org.hromada.security.internal.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/audit}: the audit log, for admins, read only. There is no PUT, POST or DELETE
 * (405), so nobody can edit or remove an entry through the API.
 */
@Component(service = AuditResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    @Reference
    private AuditStore audit;

    @GET
    public PageResult<AuditView> list(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                      @QueryParam("entityType") String entityType,
                                      @QueryParam("entityId") String entityId, @QueryParam("channel") String channel,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        AuditQuery.Parsed parsed = AuditQuery.parse(actor, action, entityType, entityId, channel, from, to, page, size);
        if (!parsed.valid()) {
            throw new ProblemException(400, "Invalid parameter", "Some query parameters cannot be used.",
                    parsed.errors());
        }
        return audit.query(parsed.query());
    }

    @GET
    @Path("{id}")
    public AuditView get(@PathParam("id") String id) {
        try {
            return audit.find(Long.parseLong(id)).orElseThrow(() -> notFound(id));
        } catch (NumberFormatException e) {
            throw notFound(id);
        }
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("There is no audit entry " + id + ".");
    }
}
