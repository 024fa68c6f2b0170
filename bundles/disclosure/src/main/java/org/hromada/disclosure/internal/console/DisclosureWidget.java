package org.hromada.disclosure.internal.console;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.disclosure.internal.status.Overview;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleWidget;
import org.hromada.platform.api.security.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The dashboard box of Article 15: how many items stand at each status, with a link to the list. */
@Component(service = ConsoleWidget.class)
public class DisclosureWidget implements ConsoleWidget {
    private final Overview overview;

    @Activate
    public DisclosureWidget(@Reference Overview overview) {
        this.overview = overview;
    }

    @Override
    public String id() {
        return "disclosure-status";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN, Roles.EDITOR);
    }

    @Override
    public Optional<ConsoleResponse.Page> render(ConsoleRequest request) {
        return Optional.of(ConsoleResponse.page("disclosure.widget.title", DisclosureSection.T + "widget.ftl",
                Map.of("counts", Overview.counts(overview.states()), "looks", ConsoleItems.LOOKS,
                        "link", DisclosureSection.BASE)));
    }
}
