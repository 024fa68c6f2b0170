package org.hromada.requests.internal.web;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.BoundedUpload;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.attachments.Attachments;
import org.hromada.requests.internal.attachments.Upload;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/requests/{id}/attachments}, for administrators and editors: the files of a request (those
 * the requester sent and those of the answer), each downloadable; attaching copies of the documents
 * requested to the answer and detaching them while the request is open. An upload is
 * {@code multipart/form-data} with a part named {@code file}, or the raw bytes with {@code ?filename=}.
 */
@Component(service = RequestAttachmentsResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("requests/{id: [0-9]{1,18}}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class RequestAttachmentsResource {
    private final Attachments attachments;

    @Activate
    public RequestAttachmentsResource(@Reference Attachments attachments) {
        this.attachments = attachments;
    }

    @GET
    public List<AttachmentView> list(@PathParam("id") long id) {
        return attachments.list(id).stream().map(AttachmentView::of).toList();
    }

    @GET
    @Path("{attachmentId: [0-9]{1,18}}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return FileResponses.of(attachments.download(id, attachmentId));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("id") long id, InputStream body, @HeaderParam("Content-Type") String contentType,
                           @HeaderParam("Content-Length") String contentLength, @QueryParam("filename") String filename,
                           @Context SecurityContext security) {
        attachments.open(id); // 404 or 409 before the body is read
        long max = attachments.settings().maxBytes();
        List<Upload> received = MultipartBody.is(contentType)
                ? MultipartBody.parse(body, contentType, length(contentLength), max, max + 256 * 1024,
                attachments.tempDir()).files()
                : raw(body, filename, max);
        try {
            List<Upload> files = received.stream().filter(u -> "file".equals(u.field())).toList();
            if (files.size() != 1) {
                throw ProblemException.invalid(List.of(new FieldError("file",
                        "send one file: in a multipart part named 'file', or as the body with ?filename=")));
            }
            AttachmentView saved = AttachmentView.of(attachments.attach(id, files.get(0), Staff.caller(security)));
            return Response.created(URI.create(JaxrsResource.BASE_PATH + "/requests/" + id + "/attachments/"
                    + saved.id())).entity(saved).build();
        } finally {
            Upload.delete(received);
        }
    }

    @DELETE
    @Path("{attachmentId: [0-9]{1,18}}")
    public Response delete(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId,
                           @Context SecurityContext security) {
        attachments.delete(id, attachmentId, Staff.caller(security));
        return Response.noContent().build();
    }

    private List<Upload> raw(InputStream body, String filename, long max) {
        try {
            BoundedUpload.Received r = BoundedUpload.toTempFile(body, attachments.tempDir(), "upload-", max, null);
            return List.of(new Upload("file", filename == null ? "" : filename, r.file(), r.size(), false));
        } catch (BoundedUpload.TooLargeException e) {
            return List.of(new Upload("file", filename, null, max + 1, true));
        } catch (BoundedUpload.UnreadableException e) {
            throw ProblemException.badRequest("The upload could not be read: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long length(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
