package org.hromada.search.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Map;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/search}: the public search over every published item, and the admin's rebuild.
 * Snippets are HTML: escaped text with the matched words in {@code <mark>}.
 */
@Component(service = SearchResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    private final SearchEngine engine;

    /** What a rebuild did: items per type and in all. */
    public record Rebuilt(int documents, Map<String, Integer> types) {
    }

    @Activate
    public SearchResource(@Reference SearchEngine engine) {
        this.engine = engine;
    }

    @GET
    public PageResult<SearchHit> search(@QueryParam("q") String q, @QueryParam("type") String type,
                                        @QueryParam("language") String language, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        SearchRequest request = SearchParams.parse(q, type, language, page, size, engine.types());
        try {
            return engine.search(request);
        } catch (IOException e) {
            throw unavailable("Search is not available now; the server log says why. Try again later.");
        }
    }

    @POST
    @Path("reindex")
    @RolesAllowed(Roles.ADMIN)
    public Rebuilt reindex() {
        try {
            Map<String, Integer> types = engine.rebuild();
            return new Rebuilt(types.values().stream().mapToInt(Integer::intValue).sum(), types);
        } catch (IOException e) {
            throw unavailable("The search index could not be rebuilt now; the server log says why. Try again later.");
        }
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(503, "Service Unavailable", detail);
    }
}
