package org.hromada.security.internal.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleSection;
import org.hromada.platform.api.security.Roles;
import org.hromada.security.internal.PasswordRules;
import org.hromada.security.internal.UserStore;
import org.hromada.security.internal.UserView;
import org.hromada.security.internal.users.UserAdmin;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /console/account}: who you are, and changing your own password. */
@Component(service = ConsoleSection.class)
public class AccountSection implements ConsoleSection {
    static final String TEMPLATE = "console/account/index.ftl";
    static final Set<String> ROLES = Set.copyOf(Roles.ALL);

    @Reference
    private UserStore users;

    @Reference
    private UserAdmin admin;

    @Override
    public String id() {
        return "account";
    }

    @Override
    public String menuKey() {
        return "account.menu";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Set<String> roles() {
        return ROLES;
    }

    @Override
    public ConsoleResponse handle(ConsoleRequest request) {
        if (!Forms.allowed(request, ROLES)) {
            return ConsoleResponse.forbidden();
        }
        List<String> path = request.segments();
        if (path.isEmpty() && !request.isPost()) {
            return ConsoleResponse.page("account.title", TEMPLATE, model(request, Map.of()));
        }
        if (path.equals(List.of("password")) && request.isPost()) {
            return changePassword(request);
        }
        return ConsoleResponse.notFound();
    }

    private ConsoleResponse changePassword(ConsoleRequest request) {
        String username = request.identity().username();
        String current = request.params("current").isEmpty() ? "" : request.params("current").get(0);
        String next = request.params("password").isEmpty() ? "" : request.params("password").get(0);
        String repeat = request.params("repeat").isEmpty() ? "" : request.params("repeat").get(0);
        Map<String, String> errors = new LinkedHashMap<>();
        if (current.isEmpty()) {
            errors.put("current", "account.error.current");
        }
        PasswordRules.check(username, next).ifPresent(e -> errors.put("password", "security.error.password"));
        if (!errors.containsKey("password") && !next.equals(repeat)) {
            errors.put("repeat", "account.error.repeat");
        }
        String keep = request.csrfToken(); // this session stays; the user's others end
        if (errors.isEmpty() && !admin.changeOwnPassword(request.identity(), current, next, keep)) {
            errors.put("current", "account.error.wrongCurrent");
        }
        if (!errors.isEmpty()) {
            return ConsoleResponse.invalid("account.title", TEMPLATE, model(request, errors));
        }
        return ConsoleResponse.redirect(request.sectionBase(), "account.password.changed");
    }

    private Map<String, Object> model(ConsoleRequest request, Map<String, String> errors) {
        String username = request.identity().username();
        UserView user = users.find(username).orElse(null);
        return Forms.model(
                "username", username,
                "displayName", user == null ? username : user.displayName(),
                "roles", UserView.ordered(request.identity().roles()),
                "errors", errors);
    }
}
