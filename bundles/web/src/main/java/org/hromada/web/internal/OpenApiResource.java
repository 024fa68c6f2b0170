package org.hromada.web.internal;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.Components;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hromada.platform.api.web.JaxrsResource;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3 document of the resources mounted right now,
 * generated from their JAX-RS annotations and rebuilt when the mounted set changes.
 */
@Path("openapi.json")
public class OpenApiResource {
    private final MountedResources mounted;
    private final String version;
    private long cachedGeneration = -1;
    private String cached;

    OpenApiResource(MountedResources mounted, String version) {
        this.mounted = mounted;
        this.version = version;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public synchronized Response document() throws Exception {
        long generation = mounted.generation();
        if (cached == null || generation != cachedGeneration) {
            OpenAPI base = new OpenAPI()
                    .info(new Info().title("Hromada API").version(version)
                            .description("The REST API of this Hromada server: every bundle active now."))
                    .servers(List.of(new Server().url(JaxrsResource.BASE_PATH)))
                    .components(new Components().addSecuritySchemes("bearer",
                            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
            OpenAPI document = new Reader(base).read(mounted.classes());
            cached = Json.mapper().writeValueAsString(document);
            cachedGeneration = generation;
        }
        return Response.ok(cached).build();
    }
}
