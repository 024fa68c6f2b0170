package org.hromada.security.internal.console;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleSection;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.security.internal.IntegrationToken;
import org.hromada.security.internal.tokens.TokenAdmin;
import org.hromada.security.internal.tokens.TokenRules;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /console/tokens}: integration tokens: list, create (the secret shown once), revoke. Admins only. */
@Component(service = ConsoleSection.class)
public class TokensSection implements ConsoleSection {
    static final Set<String> ROLES = Set.of(Roles.ADMIN);
    static final String LIST = "console/tokens/list.ftl";
    static final String FORM = "console/tokens/form.ftl";
    static final String CREATED = "console/tokens/created.ftl";
    static final String REVOKE = "console/tokens/revoke.ftl";

    @Reference
    private TokenAdmin tokens;

    @Override
    public String id() {
        return "tokens";
    }

    @Override
    public String menuKey() {
        return "tokens.menu";
    }

    @Override
    public int order() {
        return 85;
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
            return post ? create(request) : form(request, Map.of());
        }
        if (path.size() == 2 && path.get(1).equals("revoke")) {
            Optional<IntegrationToken> token = id(path.get(0)).flatMap(tokens::find);
            if (token.isEmpty()) {
                return ConsoleResponse.notFound();
            }
            if (!post) {
                return ConsoleResponse.page("tokens.revoke.title", REVOKE, Forms.model("token", row(token.get())));
            }
            tokens.revoke(request.identity(), token.get().id());
            return ConsoleResponse.redirect(request.sectionBase(), "tokens.revoked");
        }
        return ConsoleResponse.notFound();
    }

    private ConsoleResponse list(ConsoleRequest request) {
        int page = Forms.page(request);
        PageResult<IntegrationToken> found = tokens.list(page, Forms.PAGE_SIZE);
        if (found.items().isEmpty() && page > 1) {
            found = tokens.list(Forms.clamp(page, found.total()), Forms.PAGE_SIZE);
        }
        return ConsoleResponse.page("tokens.title", LIST, Forms.model(
                "tokens", found.items().stream().map(TokensSection::row).toList(),
                "page", found.page(), "size", found.size(), "total", found.total()));
    }

    private ConsoleResponse form(ConsoleRequest request, Map<String, String> errors) {
        String defaultExpiry = LocalDate.now(java.time.ZoneId.of("Europe/Kyiv"))
                .plus(TokenRules.DEFAULT_LIFETIME).toString();
        Map<String, Object> form = Forms.model(
                "name", Forms.typed(request, "name"),
                "role", request.param("role").orElse(Roles.INTEGRATOR),
                "expiresAt", request.param("expiresAt").orElse(defaultExpiry));
        Map<String, Object> model = Forms.model("form", form, "allRoles", Roles.ALL, "errors", errors);
        return errors.isEmpty() ? ConsoleResponse.page("tokens.new.title", FORM, model)
                : ConsoleResponse.invalid("tokens.new.title", FORM, model);
    }

    private ConsoleResponse create(ConsoleRequest request) {
        TokenRules.Checked checked = tokens.check(Forms.cut(Forms.typed(request, "name"), 100),
                Forms.typed(request, "role"), Forms.cut(Forms.typed(request, "expiresAt"), 40));
        if (!checked.valid()) {
            return form(request, Forms.errorKeys("tokens", checked.errors()));
        }
        try {
            IntegrationToken.Created created = tokens.create(request.identity(), checked);
            // Shown once, on this page and never again: no redirect, so the secret is not in a URL or a flash.
            return ConsoleResponse.page("tokens.created.title", CREATED,
                    Forms.model("token", row(created.info()), "secret", created.token()));
        } catch (ProblemException e) {
            if (e.status() == 409) {
                return form(request, Map.of("name", "tokens.error.taken"));
            }
            throw e;
        }
    }

    private static Optional<Long> id(String raw) {
        try {
            return Optional.of(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Map<String, Object> row(IntegrationToken t) {
        return Forms.model("id", t.id(), "name", t.name(), "role", t.role(), "createdAt", t.createdAt(),
                "expiresAt", t.expiresAt(), "lastUsedAt", t.lastUsedAt(), "revokedAt", t.revokedAt(),
                "createdBy", t.createdBy(), "state", t.state());
    }
}
