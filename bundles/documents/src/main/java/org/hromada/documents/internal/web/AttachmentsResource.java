package org.hromada.documents.internal.web;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.hromada.documents.internal.attachments.AttachmentUploads;
import org.hromada.documents.internal.store.AttachmentStore;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/documents/{id}/attachments}: the files of a document (PDF, DOCX, ODT, JPEG and PNG
 * scans) with their extracted text. The public reads those of published documents; administrators
 * and editors see all and attach, retitle, reorder and detach. An upload is either the raw bytes
 * ({@code ?filename=&title=}) or {@code multipart/form-data} with the parts {@code file} and {@code title}.
 */
@Component(service = AttachmentsResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("documents/{id: [0-9]{1,18}}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentsResource {

    @Reference
    private AttachmentStore attachments;

    @Reference
    private AttachmentUploads uploads;

    @GET
    public List<AttachmentView> list(@PathParam("id") long id, @Context SecurityContext security) {
        return attachments.list(id, !seesAll(security));
    }

    @GET
    @Path("{attachmentId: [0-9]{1,18}}")
    public AttachmentView get(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId,
                              @Context SecurityContext security) {
        return attachments.find(id, attachmentId, !seesAll(security));
    }

    @GET
    @Path("{attachmentId: [0-9]{1,18}}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public String text(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId,
                       @Context SecurityContext security) {
        return attachments.text(id, attachmentId, !seesAll(security));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public Response uploadForm(@PathParam("id") long id, InputStream body,
                               @HeaderParam("Content-Type") String contentType,
                               @HeaderParam("Content-Length") String contentLength,
                               @QueryParam("filename") String filename, @QueryParam("title") String title,
                               @Context SecurityContext security) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            // Jersey matches a body without a Content-Type to the most specific method: this one.
            return uploadRaw(id, body, filename, title, security);
        }
        uploads.checkTarget(id);
        AttachmentForm form = AttachmentForm.parse(body, contentType, length(contentLength), uploads.maxBytes(),
                uploads.tempDir());
        if (form.file() == null) {
            throw ProblemException.invalid(List.of(new FieldError("file", "is missing: send the file in a part named 'file'")));
        }
        return created(uploads.attach(id, form.file(), form.filename(), form.title() != null ? form.title() : title,
                caller(security)));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public Response uploadRaw(@PathParam("id") long id, InputStream body, @QueryParam("filename") String filename,
                              @QueryParam("title") String title, @Context SecurityContext security) {
        uploads.checkTarget(id);
        return created(uploads.attach(id, uploads.receive(body), filename, title, caller(security)));
    }

    @PUT
    @Path("{attachmentId: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public AttachmentView update(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId,
                                 AttachmentRequest change, @Context SecurityContext security) {
        return attachments.update(id, attachmentId, change, caller(security));
    }

    @DELETE
    @Path("{attachmentId: [0-9]{1,18}}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public Response delete(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId,
                           @Context SecurityContext security) {
        attachments.delete(id, attachmentId, caller(security));
        return Response.noContent().build();
    }

    private static Response created(AttachmentView attachment) {
        return Response.created(URI.create(JaxrsResource.BASE_PATH + "/documents/" + attachment.documentId()
                + "/attachments/" + attachment.id())).entity(attachment).build();
    }

    private static long length(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean seesAll(SecurityContext security) {
        Identity who = caller(security);
        return who != null && (who.hasRole(Roles.ADMIN) || who.hasRole(Roles.EDITOR));
    }

    private static Identity caller(SecurityContext security) {
        return security.getUserPrincipal() instanceof Identity identity ? identity : null;
    }
}
