package org.hromada.disclosure.internal.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.hromada.disclosure.internal.attestations.Attestation;
import org.hromada.disclosure.internal.attestations.AttestationRequest;
import org.hromada.disclosure.internal.attestations.AttestationStore;
import org.hromada.disclosure.internal.catalogue.Catalogue;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/disclosure/attestations/{item}}: an editor's word on an item no installed bundle checks
 * (public to read, as the public page shows it; administrators and editors write).
 */
@Component(service = AttestationsResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("disclosure/attestations/{item}")
@Produces(MediaType.APPLICATION_JSON)
public class AttestationsResource {

    @Reference
    private AttestationStore attestations;

    @Reference
    private Catalogue catalogue;

    @GET
    public Attestation get(@PathParam("item") String item, @Context SecurityContext security) {
        ChecksResource.known(catalogue, item);
        Attestation found = attestations.find(item).orElseThrow(() -> ProblemException.notFound("Item " + item
                + " has not been attested."));
        return ChecksResource.staff(security) ? found : found.anonymous();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public Attestation put(@PathParam("item") String item, AttestationRequest request,
                           @Context SecurityContext security) {
        ChecksResource.known(catalogue, item);
        return attestations.attest(item, request, (Identity) security.getUserPrincipal());
    }
}
