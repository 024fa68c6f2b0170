package org.hromada.content.internal.web;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.store.ContentStore;
import org.hromada.content.internal.store.RevisionService;
import org.hromada.content.internal.store.WorkflowService;
import org.hromada.platform.api.web.JaxrsResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/pages}: see {@link ContentResource}. */
@Component(service = PagesResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("pages")
@Produces(MediaType.APPLICATION_JSON)
public class PagesResource extends ContentResource {

    @Activate
    public PagesResource(@Reference ContentStore store, @Reference WorkflowService workflow,
                        @Reference RevisionService revisions) {
        super(ContentType.PAGE, store, workflow, revisions);
    }
}
