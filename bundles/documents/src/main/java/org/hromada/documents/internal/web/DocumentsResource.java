package org.hromada.documents.internal.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.hromada.documents.internal.accounting.AccountingExport;
import org.hromada.documents.internal.accounting.AccountingRegister;
import org.hromada.documents.internal.deadlines.DeadlineList;
import org.hromada.documents.internal.deadlines.DeadlineReport;
import org.hromada.documents.internal.export.RegisterExport;
import org.hromada.documents.internal.store.DocumentStore;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/documents}: the register. The public reads published documents (a publication
 * time set and come); administrators and editors see and write all.
 */
@Component(service = DocumentsResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    @Reference
    private DocumentStore documents;

    @Reference
    private DeadlineList deadlineList;

    @Reference
    private RegisterExport export;

    @Reference
    private AccountingRegister accounting;

    @GET
    public PageResult<DocumentView> list(@QueryParam("kind") String kind, @QueryParam("number") String number,
                                         @QueryParam("from") String from, @QueryParam("to") String to,
                                         @QueryParam("status") String status, @QueryParam("body") String body,
                                         @QueryParam("convocation") String convocation,
                                         @QueryParam("session") String session, @QueryParam("q") String q,
                                         @QueryParam("page") String page, @QueryParam("size") String size,
                                         @Context SecurityContext security) {
        return documents.list(ListParams.parse(kind, number, from, to, status, body, convocation, session, q, page,
                size, !Callers.seesAll(security)));
    }

    /** The published register as open data, CSV (the same columns as the JSON export). */
    @GET
    @Path("export.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response exportCsv() {
        List<Map<String, Object>> rows = export.rows();
        StreamingOutput csv = out -> RegisterExport.writeCsv(rows, out);
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"documents.csv\"").build();
    }

    /** The published register as open data, JSON: an array of objects. */
    @GET
    @Path("export.json")
    public List<Map<String, Object>> exportJson() {
        return export.rows();
    }

    /** The Article 18 accounting system as open data, CSV: every public entry, restricted documents included. */
    @GET
    @Path("accounting-system.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response accountingCsv() {
        List<Map<String, Object>> rows = accounting.rows();
        StreamingOutput csv = out -> AccountingExport.writeCsv(rows, out);
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"accounting-system.csv\"")
                .build();
    }

    /** The Article 18 accounting system as open data, JSON: an array of objects with the CSV's columns. */
    @GET
    @Path("accounting-system.json")
    public List<Map<String, Object>> accountingJson() {
        return accounting.rows();
    }

    /** Editors' list of documents late, at risk or without a date to judge them by (or the statuses asked). */
    @GET
    @Path("deadlines")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public DeadlineReport deadlines(@QueryParam("status") String status, @QueryParam("from") String from,
                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        DeadlineParams p = DeadlineParams.parse(status, from, page, size);
        return deadlineList.report(p.statuses(), p.from(), p.page(), p.size());
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public Response get(@PathParam("id") long id, @Context SecurityContext security, @Context Request request) {
        DocumentView document = documents.find(id, !Callers.seesAll(security)).orElseThrow(() -> notFound(id));
        EntityTag tag = new EntityTag(document.id() + "-" + document.version() + (Callers.seesAll(security) ? "-e" : ""), true);
        Date modified = Date.from(document.updatedAt());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, tag);
        return (notModified != null ? notModified : Response.ok(document)).tag(tag).lastModified(modified).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public Response create(DocumentRequest document, @Context SecurityContext security) {
        DocumentView created = documents.create(body(document), Callers.caller(security));
        return Response.created(URI.create(JaxrsResource.BASE_PATH + "/documents/" + created.id())).entity(created)
                .build();
    }

    @PUT
    @Path("{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public DocumentView update(@PathParam("id") long id, DocumentRequest document, @Context SecurityContext security) {
        return documents.update(id, body(document), Callers.caller(security));
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public Response delete(@PathParam("id") long id, @Context SecurityContext security) {
        documents.delete(id, Callers.caller(security));
        return Response.noContent().build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public DocumentView link(@PathParam("id") long id, LinkRequest link, @Context SecurityContext security) {
        return documents.link(id, link, Callers.caller(security));
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}/links/{linkId: [0-9]{1,18}}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public Response unlink(@PathParam("id") long id, @PathParam("linkId") long linkId,
                           @Context SecurityContext security) {
        documents.unlink(id, linkId, Callers.caller(security));
        return Response.noContent().build();
    }

    private static DocumentRequest body(DocumentRequest document) {
        if (document == null) {
            throw ProblemException.badRequest("The request needs a JSON body.");
        }
        return document;
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("There is no document with id " + id + ".");
    }
}
