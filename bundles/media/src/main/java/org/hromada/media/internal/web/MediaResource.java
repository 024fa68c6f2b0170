package org.hromada.media.internal.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.hromada.media.internal.MediaEdit;
import org.hromada.media.internal.MediaService;
import org.hromada.media.internal.MediaView;
import org.hromada.platform.api.media.MediaFile;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/media}: the library for editors. Every call needs a content role (the library holds
 * the images of drafts too); the public reaches files only through their {@code /media/} addresses.
 * Uploads are either the raw bytes ({@code ?filename=&alt=&title=}) or {@code multipart/form-data}
 * with the parts {@code file}, {@code alt}, {@code title}.
 */
@Component(service = MediaResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("media")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR})
public class MediaResource {
    private static final int MAX_PAGE_SIZE = 100;
    private final MediaService media;

    @Activate
    public MediaResource(@Reference MediaService media) {
        this.media = media;
    }

    @GET
    public PageResult<MediaView> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                      @QueryParam("kind") String kind, @QueryParam("q") String q) {
        List<FieldError> errors = new java.util.ArrayList<>();
        int p = number(page, 1, Integer.MAX_VALUE, 1, "page", errors);
        int s = number(size, 1, MAX_PAGE_SIZE, 20, "size", errors);
        if (kind != null && !kind.isEmpty() && !MediaFile.IMAGE.equals(kind) && !MediaFile.DOCUMENT.equals(kind)) {
            errors.add(new FieldError("kind", "must be image or document"));
        }
        if (q != null && q.length() > 200) {
            errors.add(new FieldError("q", "must be at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The query has invalid parameters.", errors);
        }
        return media.list(p, s, kind == null || kind.isEmpty() ? null : kind, q == null || q.isBlank() ? null : q.strip());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadForm(InputStream body, @HeaderParam("Content-Type") String contentType,
                               @HeaderParam("Content-Length") String contentLength,
                               @QueryParam("filename") String filename, @QueryParam("alt") String alt,
                               @QueryParam("title") String title, @Context SecurityContext security) {
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            // Jersey matches a body without a Content-Type to the most specific method: this one.
            return uploadRaw(body, filename, alt, title, security);
        }
        MultipartUpload.Parsed parsed = MultipartUpload.parse(body, contentType, length(contentLength),
                media.maxBytes(), media.blobs().tempDir());
        if (parsed.file() == null) {
            throw ProblemException.invalid(List.of(new FieldError("file", "is missing: send the file in a part named 'file'")));
        }
        MediaFile stored = media.store(parsed.file(), parsed.filename(), parsed.fields().get("alt"),
                parsed.fields().get("title"), caller(security));
        return created(stored);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response uploadRaw(InputStream body, @QueryParam("filename") String filename, @QueryParam("alt") String alt,
                              @QueryParam("title") String title, @Context SecurityContext security) {
        MediaFile stored = media.store(media.receive(body), filename, alt, title, caller(security));
        return created(stored);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id, @Context Request request) {
        MediaFile file = media.find(id).orElseThrow(() -> notFound(id));
        EntityTag tag = new EntityTag(file.id() + "-" + file.updatedAt().toEpochMilli(), true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : Response.ok(MediaView.of(file))).tag(tag).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediaView update(@PathParam("id") long id, MediaEdit edit, @Context SecurityContext security) {
        return MediaView.of(media.update(id, edit, caller(security)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @Context SecurityContext security) {
        media.delete(id, caller(security));
        return Response.noContent().build();
    }

    private static Response created(MediaFile stored) {
        return Response.created(URI.create(JaxrsResource.BASE_PATH + "/media/" + stored.id()))
                .entity(MediaView.of(stored)).build();
    }

    private static long length(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int number(String raw, int min, int max, int fallback, String name, List<FieldError> errors) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
        return fallback;
    }

    private static Identity caller(SecurityContext security) {
        return security.getUserPrincipal() instanceof Identity identity ? identity : null;
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("There is no media file with id " + id + ".");
    }
}
