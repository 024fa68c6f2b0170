package org.hromada.system.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/system/bundles}: lists every bundle with its problems in plain words, installs a
 * posted jar and removes a deployed one. Uploads go through the deploy folder, the single source
 * of truth, so they survive restarts exactly like copied jars.
 */
@Component(service = BundlesResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("system/bundles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.INTEGRATOR})
public class BundlesResource {
    static final long MAX_UPLOAD_BYTES = BundleOperations.MAX_UPLOAD_BYTES;
    private static final String PATH = JaxrsResource.BASE_PATH + "/system/bundles/";

    @Reference
    private BundleCatalog catalog;

    @Reference
    private DeployWatcher watcher;

    public BundlesResource() {
        // for DS
    }

    private BundleOperations operations;

    /** For tests, without DS. */
    BundlesResource(BundleCatalog catalog, DeployWatcher watcher) {
        this.catalog = catalog;
        this.watcher = watcher;
        activate();
    }

    @Activate
    void activate() {
        operations = new BundleOperations(catalog, watcher);
    }

    @GET
    public PageResult<BundleEntry> list() {
        List<BundleEntry> all = catalog.all();
        return new PageResult<>(all, all.size(), 1, all.size());
    }

    @GET
    @Path("{symbolicName}")
    public BundleEntry get(@PathParam("symbolicName") String symbolicName) {
        return catalog.find(symbolicName).orElseThrow(() -> problem(BundleOperations.unknown(symbolicName)));
    }

    @POST
    @Consumes({"application/java-archive", "application/x-java-archive", MediaType.APPLICATION_OCTET_STREAM, "application/zip"})
    public Response install(InputStream body, @QueryParam("filename") String filename,
                            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                            @Context SecurityContext security) throws IOException {
        try {
            operations.folder();
            if (contentLength != null && contentLength > MAX_UPLOAD_BYTES) { // refuse before reading
                throw BundleOperations.tooLarge();
            }
            java.nio.file.Path temp = operations.receive(body);
            BundleOperations.Installed installed = operations.install(temp, filename, null, caller(security));
            String name = installed.entry().symbolicName();
            return Response.created(URI.create(PATH + (name == null ? installed.entry().file() : name)))
                    .entity(installed.entry()).build();
        } catch (BundleOperations.Refused e) {
            throw problem(e);
        }
    }

    @DELETE
    @Path("{symbolicName}")
    public Response uninstall(@PathParam("symbolicName") String symbolicName, @Context SecurityContext security)
            throws IOException {
        try {
            operations.uninstall(symbolicName, caller(security));
        } catch (BundleOperations.Refused e) {
            throw problem(e);
        }
        return Response.noContent().build();
    }

    /** The caller, by the API's channel; a test without a security context acts as "unknown". */
    private static Identity caller(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (principal instanceof Identity identity) {
            return identity;
        }
        return new Identity(principal == null ? "unknown" : principal.getName(), Set.of(), Channels.API);
    }

    static ProblemException problem(BundleOperations.Refused refused) {
        String title = switch (refused.status()) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 422 -> "Not an OSGi bundle";
            case 503 -> "Service Unavailable";
            default -> "Refused";
        };
        if (refused.status() == 422 && !refused.reason().key().startsWith("bundle.reason.notABundle.")) {
            title = "Unprocessable Content";
        }
        return new ProblemException(refused.status(), title, refused.getMessage());
    }
}
