package org.hromada.example.internal;

import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteRoute;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The public pages of the example: {@code /examples} and {@code /examples/{id}}. */
public final class NotesRoutes {

    private NotesRoutes() {
    }

    /** The list of the latest notes. */
    @Component(service = SiteRoute.class)
    public static class ListRoute implements SiteRoute {
        @Reference
        private NoteStore notes;

        @Override
        public String pattern() {
            return "/examples";
        }

        @Override
        public String template() {
            return "example/list.ftl";
        }

        @Override
        public Optional<Map<String, Object>> model(RouteRequest request) {
            return Optional.of(Map.of("notes", notes.page(1, 50), "total", notes.count()));
        }
    }

    /** One note; a non-numeric or unknown id is a 404. */
    @Component(service = SiteRoute.class)
    public static class ItemRoute implements SiteRoute {
        @Reference
        private NoteStore notes;

        @Override
        public String pattern() {
            return "/examples/{id}";
        }

        @Override
        public String template() {
            return "example/item.ftl";
        }

        @Override
        public Optional<Map<String, Object>> model(RouteRequest request) {
            String id = request.pathParams().get("id");
            if (id == null || !id.matches("\\d{1,18}")) {
                return Optional.empty();
            }
            return notes.find(Long.parseLong(id)).map(note -> Map.of("note", note));
        }
    }
}
