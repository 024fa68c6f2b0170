package org.hromada.security.internal.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleSection;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.security.internal.PasswordRules;
import org.hromada.security.internal.UserStore;
import org.hromada.security.internal.UserView;
import org.hromada.security.internal.users.NewUser;
import org.hromada.security.internal.users.UserAdmin;
import org.hromada.security.internal.users.UserValidation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /console/users}: the list with filters, creating, editing, resetting a password and
 * deleting (after a confirmation page). Admins only; an admin cannot lock themselves out.
 */
@Component(service = ConsoleSection.class)
public class UsersSection implements ConsoleSection {
    static final Set<String> ROLES = Set.of(Roles.ADMIN);
    static final String LIST = "console/users/list.ftl";
    static final String FORM = "console/users/form.ftl";
    static final String DELETE = "console/users/delete.ftl";

    @Reference
    private UserStore users;

    @Reference
    private UserAdmin admin;

    @Override
    public String id() {
        return "users";
    }

    @Override
    public String menuKey() {
        return "users.menu";
    }

    @Override
    public int order() {
        return 80;
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
        boolean post = request.isPost();
        if (path.isEmpty()) {
            return post ? ConsoleResponse.notFound() : list(request);
        }
        if (path.equals(List.of("new"))) {
            return post ? create(request) : newForm(request, Map.of());
        }
        String username = path.get(0);
        if (!UserValidation.USERNAME.matcher(username).matches()) {
            return ConsoleResponse.notFound();
        }
        Optional<UserView> user = users.find(username);
        if (user.isEmpty()) {
            return ConsoleResponse.notFound();
        }
        if (path.size() == 1) {
            return post ? update(request, user.get()) : editForm(request, user.get(), Map.of(), null);
        }
        if (path.size() == 2 && path.get(1).equals("password") && post) {
            return resetPassword(request, user.get());
        }
        if (path.size() == 2 && path.get(1).equals("delete")) {
            return post ? delete(request, user.get()) : confirmDelete(request, user.get());
        }
        return ConsoleResponse.notFound();
    }

    private ConsoleResponse list(ConsoleRequest request) {
        String text = request.param("q").map(q -> Forms.cut(q, 200)).orElse(null);
        String role = request.param("role").filter(Roles.ALL::contains).orElse(null);
        String enabledParam = request.param("enabled").filter(v -> v.equals("yes") || v.equals("no")).orElse(null);
        Boolean enabled = enabledParam == null ? null : enabledParam.equals("yes");
        int page = Forms.page(request);
        PageResult<UserView> found = users.search(text, role, enabled, page, Forms.PAGE_SIZE);
        if (found.items().isEmpty() && page > 1) {
            found = users.search(text, role, enabled, Forms.clamp(page, found.total()), Forms.PAGE_SIZE);
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", text == null ? "" : text);
        filters.put("role", role == null ? "" : role);
        filters.put("enabled", enabledParam == null ? "" : enabledParam);
        return ConsoleResponse.page("users.title", LIST, Forms.model(
                "users", found.items().stream().map(UsersSection::row).toList(),
                "filters", filters,
                "allRoles", Roles.ALL,
                "page", found.page(), "size", found.size(), "total", found.total(),
                "query", Forms.query(filters)));
    }

    private ConsoleResponse newForm(ConsoleRequest request, Map<String, String> errors) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("username", Forms.typed(request, "username"));
        form.put("displayName", Forms.typed(request, "displayName"));
        form.put("roles", request.isPost() ? known(request.params("roles")) : List.of(Roles.AUTHOR));
        form.put("enabled", !request.isPost() || request.param("enabled").isPresent());
        Map<String, Object> model = Forms.model("creating", true, "form", form, "allRoles", Roles.ALL,
                "errors", errors);
        return errors.isEmpty() ? ConsoleResponse.page("users.new.title", FORM, model)
                : ConsoleResponse.invalid("users.new.title", FORM, model);
    }

    private ConsoleResponse create(ConsoleRequest request) {
        String username = Forms.cut(Forms.typed(request, "username"), 100);
        String password = request.params("password").isEmpty() ? "" : request.params("password").get(0);
        String displayName = Forms.cut(Forms.typed(request, "displayName"), 300);
        List<String> roles = request.params("roles");
        List<FieldError> problems = UserValidation.forNew(new NewUser(username, password, displayName, roles, true));
        Map<String, String> errors = Forms.errorKeys("users", problems);
        if (!errors.isEmpty()) {
            return newForm(request, errors);
        }
        try {
            admin.create(request.identity(), username, password, displayName.isEmpty() ? username : displayName,
                    new TreeSet<>(roles), request.param("enabled").isPresent());
        } catch (ProblemException e) {
            if (e.status() == 409) {
                return newForm(request, Map.of("username", "users.error.taken"));
            }
            throw e;
        }
        return ConsoleResponse.redirect(request.sectionBase() + "/" + username, "users.created");
    }

    private ConsoleResponse editForm(ConsoleRequest request, UserView user, Map<String, String> errors,
                                     Map<String, Object> typed) {
        Map<String, Object> form = typed != null ? typed : Forms.model(
                "username", user.username(), "displayName", user.displayName(), "roles", user.roles(),
                "enabled", user.enabled());
        Map<String, Object> model = Forms.model("creating", false, "form", form, "user", row(user),
                "allRoles", Roles.ALL, "errors", errors,
                "self", user.username().equals(request.identity().username()));
        return errors.isEmpty() ? ConsoleResponse.page("users.edit.title", FORM, model)
                : ConsoleResponse.invalid("users.edit.title", FORM, model);
    }

    private ConsoleResponse update(ConsoleRequest request, UserView user) {
        String displayName = Forms.cut(Forms.typed(request, "displayName"), 300);
        List<String> roles = request.params("roles");
        boolean enabled = request.param("enabled").isPresent();
        Map<String, Object> typed = Forms.model("username", user.username(), "displayName", displayName,
                "roles", known(roles), "enabled", enabled);
        Map<String, String> errors = new LinkedHashMap<>();
        List<FieldError> problems = new ArrayList<>();
        if (displayName.isEmpty()) {
            problems.add(new FieldError("displayName", "must not be blank"));
        }
        problems.addAll(UserValidation.forUpdate(user.username(),
                new org.hromada.security.internal.users.UserUpdate(displayName.isEmpty() ? null : displayName, roles,
                        enabled, null)));
        errors.putAll(Forms.errorKeys("users", problems));
        UserAdmin.selfProblem(request.identity(), user.username(), roles, enabled).ifPresent(problem ->
                errors.put(problem == UserAdmin.SelfProblem.OWN_ADMIN_ROLE ? "roles" : "enabled",
                        problem == UserAdmin.SelfProblem.OWN_ADMIN_ROLE ? "users.error.ownAdmin"
                                : "users.error.ownDisable"));
        if (!errors.isEmpty()) {
            return editForm(request, user, errors, typed);
        }
        Optional<UserView> updated = admin.update(request.identity(), user.username(),
                new UserStore.Change(displayName, new TreeSet<>(roles), enabled, null), null, null);
        if (updated.isEmpty()) {
            return ConsoleResponse.notFound();
        }
        return ConsoleResponse.redirect(request.sectionBase() + "/" + user.username(), "users.saved");
    }

    private ConsoleResponse resetPassword(ConsoleRequest request, UserView user) {
        String password = request.params("password").isEmpty() ? "" : request.params("password").get(0);
        if (PasswordRules.check(user.username(), password).isPresent()) {
            return editForm(request, user, Map.of("password", "security.error.password"), null);
        }
        boolean self = user.username().equals(request.identity().username());
        admin.update(request.identity(), user.username(), new UserStore.Change(null, null, null, password), null,
                self ? request.csrfToken() : null);
        return ConsoleResponse.redirect(request.sectionBase() + "/" + user.username(), "users.passwordReset");
    }

    private ConsoleResponse confirmDelete(ConsoleRequest request, UserView user) {
        boolean self = user.username().equals(request.identity().username());
        return ConsoleResponse.page("users.delete.title", DELETE, Forms.model("user", row(user), "self", self));
    }

    private ConsoleResponse delete(ConsoleRequest request, UserView user) {
        if (user.username().equals(request.identity().username())) {
            return ConsoleResponse.conflict("users.error.ownDelete");
        }
        admin.delete(request.identity(), user.username());
        return ConsoleResponse.redirect(request.sectionBase(), "users.deleted");
    }

    private static List<String> known(List<String> roles) {
        return roles.stream().filter(Roles.ALL::contains).distinct().toList();
    }

    static Map<String, Object> row(UserView user) {
        return Forms.model("username", user.username(), "displayName", user.displayName(), "roles", user.roles(),
                "enabled", user.enabled(), "createdAt", user.createdAt(), "updatedAt", user.updatedAt());
    }
}
