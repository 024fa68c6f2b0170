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

/** {@code /api/v1/news}: see {@link ContentResource}. */
@Component(service = NewsResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("news")
@Produces(MediaType.APPLICATION_JSON)
public class NewsResource extends ContentResource {

    @Activate
    public NewsResource(@Reference ContentStore store, @Reference WorkflowService workflow,
                        @Reference RevisionService revisions) {
        super(ContentType.NEWS, store, workflow, revisions);
    }
}
