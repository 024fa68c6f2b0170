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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.BoundedUpload;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.system.internal.BundleFileCheck.BundleIdentity;
import org.hromada.system.internal.BundleFileCheck.NotABundleException;
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
    static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;
    private static final String PATH = JaxrsResource.BASE_PATH + "/system/bundles/";

    @Reference
    private BundleCatalog catalog;

    @Reference
    private DeployWatcher watcher;

    public BundlesResource() {
        // for DS
    }

    /** For tests, without DS. */
    BundlesResource(BundleCatalog catalog, DeployWatcher watcher) {
        this.catalog = catalog;
        this.watcher = watcher;
    }

    @GET
    public PageResult<BundleEntry> list() {
        List<BundleEntry> all = catalog.all();
        return new PageResult<>(all, all.size(), 1, all.size());
    }

    @GET
    @Path("{symbolicName}")
    public BundleEntry get(@PathParam("symbolicName") String symbolicName) {
        return catalog.find(symbolicName).orElseThrow(() -> unknown(symbolicName));
    }

    @POST
    @Consumes({"application/java-archive", "application/x-java-archive", MediaType.APPLICATION_OCTET_STREAM, "application/zip"})
    public Response install(InputStream body, @QueryParam("filename") String filename,
                            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength) throws IOException {
        java.nio.file.Path dir = watcher.folder().orElseThrow(() -> new ProblemException(503, "Service Unavailable",
                "Hot deploy is off: the server has no deploy folder (hromada.deploy.dir)."));
        if (contentLength != null && contentLength > MAX_UPLOAD_BYTES) { // refuse before reading
            throw tooLarge();
        }
        java.nio.file.Path temp;
        try {
            temp = JarUpload.receive(body, dir, MAX_UPLOAD_BYTES);
        } catch (BoundedUpload.TooLargeException e) {
            throw tooLarge();
        } catch (BoundedUpload.UnreadableException e) {
            throw ProblemException.badRequest("The upload could not be read: " + e.getMessage());
        }
        try {
            BundleIdentity identity = BundleFileCheck.check(temp);
            String name = identity.symbolicName();
            String file;
            // One upload at a time chooses its file: two uploads must not claim the same one.
            synchronized (this) {
                refuseShipped(catalog.find(name).orElse(null));
                file = UploadTarget.fileFor(name, filename, watcher.records());
                Files.move(temp, dir.resolve(file), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            watcher.scanNow();
            BundleEntry entry = catalog.find(name).orElseGet(() -> catalog.find(file).orElseThrow());
            return Response.created(URI.create(PATH + name)).entity(entry).build();
        } catch (NotABundleException e) {
            throw new ProblemException(422, "Not an OSGi bundle", "The uploaded file is not an OSGi bundle: "
                    + e.reason() + ".");
        } catch (UploadTarget.RefusedException e) {
            throw e.conflict() ? ProblemException.conflict(e.getMessage()) : ProblemException.badRequest(e.getMessage());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @DELETE
    @Path("{symbolicName}")
    public Response uninstall(@PathParam("symbolicName") String symbolicName) throws IOException {
        BundleEntry entry = catalog.find(symbolicName).orElseThrow(() -> unknown(symbolicName));
        refuseShipped(entry);
        java.nio.file.Path dir = watcher.folder().orElseThrow();
        Files.deleteIfExists(dir.resolve(entry.file()));
        watcher.scanNow();
        return Response.noContent().build();
    }

    /** Bundles of the server itself are managed by its installation, not through the API. */
    private static void refuseShipped(BundleEntry entry) {
        if (entry == null || entry.origin().equals(BundleOrigin.DEPLOY.json())) {
            return;
        }
        String what = entry.origin().equals(BundleOrigin.FRAMEWORK.json()) ? "is the OSGi framework itself"
                : "ships with the server (bundles/)";
        throw ProblemException.conflict("Bundle " + entry.symbolicName() + " " + what
                + "; it cannot be installed, replaced or removed through this API.");
    }

    private static ProblemException unknown(String symbolicName) {
        return ProblemException.notFound("No bundle has the symbolic name " + symbolicName
                + ", and no deploy file has that name.");
    }

    private static ProblemException tooLarge() {
        return new ProblemException(413, "Content Too Large", "A bundle may be at most "
                + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB.");
    }
}
