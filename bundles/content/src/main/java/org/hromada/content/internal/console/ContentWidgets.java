package org.hromada.content.internal.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.Status;
import org.hromada.content.internal.store.ContentQuery;
import org.hromada.content.internal.web.ContentView;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleWidget;
import org.hromada.platform.api.security.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Dashboard boxes: items in review, scheduled items, the user's own drafts, across every content type. */
public final class ContentWidgets {
    static final int LIMIT = 5;
    static final String TEMPLATE = "console/content/widget.ftl";

    private ContentWidgets() {
    }

    /** A box listing the newest items of one status (optionally only the user's own). */
    abstract static class StatusWidget implements ConsoleWidget {
        private final String id;
        private final int order;
        private final Set<String> roles;
        private final Status status;
        private final boolean own;
        private final ContentConsole services;

        StatusWidget(String id, int order, Set<String> roles, Status status, boolean own, ContentConsole services) {
            this.id = id;
            this.order = order;
            this.roles = roles;
            this.status = status;
            this.own = own;
            this.services = services;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public Set<String> roles() {
            return roles;
        }

        @Override
        public Optional<ConsoleResponse.Page> render(ConsoleRequest request) {
            List<Map<String, Object>> rows = new ArrayList<>();
            long total = 0;
            for (ContentType type : ContentType.values()) {
                var page = services.store.list(type, new ContentQuery(null, status, null, null, null, null, null, 1,
                        LIMIT, own ? request.identity().username() : null));
                total += page.total();
                for (ContentView item : page.items()) {
                    Map<String, Object> row = ConsoleViews.summary(item, "/console/" + type.segment());
                    row.put("type", type.segment());
                    rows.add(row);
                }
            }
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            rows.sort((a, b) -> ((java.time.Instant) b.get("updatedAt")).compareTo((java.time.Instant) a.get("updatedAt")));
            Map<String, Object> model = new HashMap<>();
            model.put("items", rows.size() > LIMIT ? rows.subList(0, LIMIT) : rows);
            model.put("total", total);
            model.put("widget", id);
            return Optional.of(ConsoleResponse.page("content.widget." + id, TEMPLATE, model));
        }
    }

    @Component(service = ConsoleWidget.class)
    public static class InReview extends StatusWidget {
        @Activate
        public InReview(@Reference ContentConsole services) {
            super("content-in-review", 10, Set.of(Roles.EDITOR, Roles.ADMIN), Status.IN_REVIEW, false, services);
        }
    }

    @Component(service = ConsoleWidget.class)
    public static class Scheduled extends StatusWidget {
        @Activate
        public Scheduled(@Reference ContentConsole services) {
            super("content-scheduled", 20, Set.of(Roles.EDITOR, Roles.ADMIN, Roles.AUTHOR), Status.SCHEDULED, false,
                    services);
        }
    }

    @Component(service = ConsoleWidget.class)
    public static class MyDrafts extends StatusWidget {
        @Activate
        public MyDrafts(@Reference ContentConsole services) {
            super("content-my-drafts", 30, Set.of(Roles.AUTHOR), Status.DRAFT, true, services);
        }
    }
}
