package org.hromada.disclosure.internal.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.hromada.disclosure.internal.catalogue.Catalogue;
import org.hromada.disclosure.internal.checks.CheckRunner;
import org.hromada.disclosure.internal.checks.ResultStore;
import org.hromada.disclosure.internal.checks.StoredResult;
import org.hromada.disclosure.internal.status.Overview;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/disclosure/checks}: where every Article 15 item stands (public, as the law's list is),
 * a run of every check now (administrators and editors), and an item's history of results.
 */
@Component(service = ChecksResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("disclosure/checks")
@Produces(MediaType.APPLICATION_JSON)
public class ChecksResource {

    @Reference
    private Overview overview;

    @Reference
    private CheckRunner runner;

    @Reference
    private ResultStore results;

    @Reference
    private Catalogue catalogue;

    @GET
    public ChecksView list(@Context SecurityContext security) {
        return ChecksView.of(overview.states(), staff(security));
    }

    @POST
    @Path("run")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public ChecksView run(@Context SecurityContext security) {
        runner.runAll();
        return list(security);
    }

    @GET
    @Path("{item}/history")
    public PageResult<StoredResult> history(@PathParam("item") String item, @QueryParam("page") String page,
                                            @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        known(catalogue, item);
        return results.history(item, paging.page(), paging.size());
    }

    /** Administrators and editors; the rest is the public. */
    static boolean staff(SecurityContext security) {
        return security.getUserPrincipal() instanceof Identity who
                && (who.hasRole(Roles.ADMIN) || who.hasRole(Roles.EDITOR));
    }

    /** A 404 for an item the catalogue does not have. */
    static void known(Catalogue catalogue, String item) {
        if (catalogue.find(item).isEmpty()) {
            throw ProblemException.notFound("Article 15 has no item " + item
                    + "; see GET /api/v1/disclosure/checks for the items.");
        }
    }
}
