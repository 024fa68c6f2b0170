package org.hromada.platform.api.web;

/**
 * Service properties of the REST whiteboard. A bundle publishes a JAX-RS resource (a class with
 * {@code @Path}) or provider (exception mapper, filter) as a DS component with
 * {@code @Component(service = Object.class, property = JaxrsResource.RESOURCE + "=true")}; the web
 * bundle mounts it under {@code /api/v1} while the bundle is active.
 *
 * <p>The names are those of the OSGi Jakarta REST whiteboard so that a spec-compliant whiteboard
 * can replace ours later.
 */
public final class JaxrsResource {
    /** Marks a service as a JAX-RS resource to mount. */
    public static final String RESOURCE = "osgi.jakartars.resource";
    /** Marks a service as a JAX-RS provider (filter, mapper, body reader or writer). */
    public static final String EXTENSION = "osgi.jakartars.extension";
    /** Where bundle resources are mounted. */
    public static final String BASE_PATH = "/api/v1";

    private JaxrsResource() {
    }
}
