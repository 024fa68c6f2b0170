package org.hromada.requests.internal.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
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
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.attachments.Attachments;
import org.hromada.requests.internal.attachments.Upload;
import org.hromada.requests.internal.rules.SubmissionRules;
import org.hromada.requests.internal.store.RequestReads;
import org.hromada.requests.internal.store.RequestStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/requests}: the public submits (rate-limited per address, with a honeypot) and
 * follows a request by its number and code; administrators and editors register requests received
 * otherwise, read, edit and handle them.
 */
@Component(service = RequestsResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
public class RequestsResource {
    private static final String NO_STORE = "no-store, private";

    private final Clock clock = Clock.systemUTC();
    private final RequestStore store;
    private final RequestReads reads;
    private final PublicIntake intake;
    private final Attachments attachments;

    @Activate
    public RequestsResource(@Reference RequestStore store, @Reference RequestReads reads,
                            @Reference PublicIntake intake, @Reference Attachments attachments) {
        this.store = store;
        this.reads = reads;
        this.intake = intake;
        this.attachments = attachments;
    }

    /**
     * A new request: from the public (the web form, channel {@code web}) or, with a token, registered
     * by staff. 201 with the number and the tracking code, shown this once.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(SubmissionRequest body, @Context SecurityContext security, @Context HttpServletRequest http) {
        return submit(body(body), List.of(), security, http);
    }

    /**
     * The same as {@code multipart/form-data}: the fields as text parts ({@code urgent} {@code true} or
     * {@code on}) and up to {@code requests.attachments.public.max.files} files in parts named {@code files}
     * (e.g. a scan of the signed request), each checked by its bytes and size; a refused file is a 422 naming
     * {@code files}, alongside any field errors.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submitWithFiles(InputStream body, @HeaderParam("Content-Type") String contentType,
                                    @HeaderParam("Content-Length") String contentLength,
                                    @Context SecurityContext security, @Context HttpServletRequest http) {
        var limits = attachments.settings();
        MultipartBody form = MultipartBody.parse(body, contentType, RequestAttachmentsResource.length(contentLength),
                limits.publicMaxBytes(), limits.publicBodyBytes(), attachments.tempDir());
        try {
            List<Upload> files = form.files().stream().filter(f -> Attachments.FILES.equals(f.field())).toList();
            return submit(SubmissionFields.of(form.fields()), files, security, http);
        } finally {
            Upload.delete(form.files());
        }
    }

    private Response submit(SubmissionRequest body, List<Upload> files, SecurityContext security,
                            HttpServletRequest http) {
        Identity who = Staff.caller(security);
        if (who != null) {
            Staff.require(who);
            var problems = attachments.problems(files);
            if (!problems.isEmpty()) {
                throw ProblemException.invalid(problems);
            }
            Registered registered = store.register(SubmissionRules.fromStaff(body, clock.instant()), who,
                    attachments.read(files));
            return Response.created(URI.create(JaxrsResource.BASE_PATH + "/requests/" + registered.id()))
                    .entity(registered).header("Cache-Control", NO_STORE).build();
        }
        String address = http == null || http.getRemoteAddr() == null ? "unknown" : http.getRemoteAddr();
        PublicIntake.Outcome outcome = intake.submit(body, files, address);
        if (outcome instanceof PublicIntake.Limited limited) {
            throw new ProblemException(429, "Too Many Requests", "Too many requests were sent from this address;"
                    + " try again in " + limited.seconds() + " seconds.").withHeader("Retry-After",
                    String.valueOf(limited.seconds()));
        }
        if (outcome instanceof PublicIntake.Accepted accepted) {
            return Response.status(201).entity(accepted.registered()).header("Cache-Control", NO_STORE).build();
        }
        return Response.accepted(Map.of("status", "received")).build();
    }

    /**
     * The requester follows the request: 404 for a wrong pair, without telling which part is wrong. A
     * POST with a JSON body, so that the code never appears in a URL (addresses end up in logs, browser
     * history and proxies).
     */
    @POST
    @Path("track")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response track(TrackRequest body) {
        String number = body == null ? null : body.number();
        String code = body == null ? null : body.code();
        if (number == null || number.isBlank() || code == null || code.isBlank()) {
            throw ProblemException.badRequest("Give the request's number and its tracking code.");
        }
        if (number.length() > 40 || code.length() > 100) {
            throw ProblemException.notFound("No request has this number and code.");
        }
        return Response.ok(store.track(number, code)).header("Cache-Control", NO_STORE).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public PageResult<RequestView> list(@QueryParam("status") String status, @QueryParam("channel") String channel,
                                        @QueryParam("department") String department, @QueryParam("from") String from,
                                        @QueryParam("to") String to, @QueryParam("overdue") String overdue,
                                        @QueryParam("page") String page, @QueryParam("size") String size) {
        return reads.list(ListParams.parse(status, channel, department, from, to, overdue, page, size));
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public RequestView get(@PathParam("id") long id) {
        return reads.find(id);
    }

    @PUT
    @Path("{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public RequestView update(@PathParam("id") long id, SubmissionRequest body, @Context SecurityContext security) {
        return store.update(id, body(body), Staff.caller(security));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public RequestView transition(@PathParam("id") long id, TransitionRequest body, @Context SecurityContext security) {
        if (body == null) {
            throw ProblemException.badRequest("The request needs a JSON body.");
        }
        return store.transition(id, body, Staff.caller(security));
    }

    private static SubmissionRequest body(SubmissionRequest body) {
        if (body == null) {
            throw ProblemException.badRequest("The request needs a JSON body.");
        }
        return body;
    }
}
