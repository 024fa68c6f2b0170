package org.hromada.documents.internal.site;

import java.util.Map;
import java.util.Optional;
import org.hromada.documents.internal.store.DocumentStore;
import org.hromada.documents.internal.store.KindStore;
import org.hromada.documents.internal.store.PublicDocuments;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteRoute;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The register's pages: all kinds at {@code /documents}, one kind at {@code /documents/<segment>}. */
public final class RegisterRoutes {

    private RegisterRoutes() {
    }

    /** A register page; {@code segment} is the path parameter naming the kind, or null for all kinds. */
    abstract static class RegisterRoute implements SiteRoute {
        private final String pattern;
        private final String segmentParam;
        private final KindStore kinds;
        private final DocumentStore documents;
        private final PublicDocuments published;

        RegisterRoute(String pattern, String segmentParam, KindStore kinds, DocumentStore documents,
                      PublicDocuments published) {
            this.pattern = pattern;
            this.segmentParam = segmentParam;
            this.kinds = kinds;
            this.documents = documents;
            this.published = published;
        }

        @Override
        public String pattern() {
            return pattern;
        }

        @Override
        public String template() {
            return RegisterPage.TEMPLATE;
        }

        @Override
        public Optional<Map<String, Object>> model(RouteRequest request) {
            String segment = segmentParam == null ? null : request.pathParams().get(segmentParam);
            return RegisterPage.model(request, segment, kinds, documents, published);
        }
    }

    /** {@code /documents}. */
    @Component(service = SiteRoute.class)
    public static class Register extends RegisterRoute {
        @Activate
        public Register(@Reference KindStore kinds, @Reference DocumentStore documents,
                        @Reference PublicDocuments published) {
            super(SitePaths.REGISTER, null, kinds, documents, published);
        }
    }

    /** {@code /documents/<segment>}, e.g. {@code /documents/council-decisions}. */
    @Component(service = SiteRoute.class)
    public static class KindRegister extends RegisterRoute {
        @Activate
        public KindRegister(@Reference KindStore kinds, @Reference DocumentStore documents,
                            @Reference PublicDocuments published) {
            super(SitePaths.REGISTER + "/{segment}", "segment", kinds, documents, published);
        }
    }
}
