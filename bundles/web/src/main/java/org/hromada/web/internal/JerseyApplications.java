package org.hromada.web.internal;

import java.util.Collection;
import java.util.function.Supplier;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.hromada.platform.api.security.Authenticator;
import org.hromada.web.internal.auth.BearerTokenFilter;
import org.hromada.web.internal.auth.RolesAllowedFeature;
import org.hromada.web.internal.json.ObjectMappers;
import org.hromada.web.internal.problem.ConstraintViolationMapper;
import org.hromada.web.internal.problem.JsonExceptionMapper;
import org.hromada.web.internal.problem.ParamExceptionMapper;
import org.hromada.web.internal.problem.ProblemExceptionMapper;
import org.hromada.web.internal.problem.UnexpectedExceptionMapper;
import org.hromada.web.internal.problem.WebApplicationExceptionMapper;

/** The Jersey configuration shared by every application the host serves. */
final class JerseyApplications {

    private JerseyApplications() {
    }

    static ResourceConfig create(String name, Collection<Object> components, Supplier<Authenticator> authenticator) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName(name);
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(ObjectMappers.class);
        config.register(new BearerTokenFilter(authenticator));
        config.register(RolesAllowedFeature.class);
        config.register(BodyValidation.class);
        config.register(ProblemExceptionMapper.class);
        config.register(WebApplicationExceptionMapper.class);
        config.register(ParamExceptionMapper.class);
        config.register(JsonExceptionMapper.class);
        config.register(ConstraintViolationMapper.class);
        config.register(UnexpectedExceptionMapper.class);
        config.registerInstances(components.toArray());
        // Bundles' resources are all we serve: no class-path scanning, no WADL, no auto-discovery
        // of providers we did not choose.
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, true);
        return config;
    }

    /** Builds (and drops) an application of just these components: throws if Jersey rejects them. */
    static void validate(Collection<Object> components) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(ApplicationHandler.class.getClassLoader());
        try {
            new ApplicationHandler(create("hromada-validation", components, () -> null));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
