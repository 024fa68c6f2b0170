package org.hromada.security.internal.users;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.audit.AuditLog;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.security.internal.TokenStore;
import org.hromada.security.internal.UserStore;
import org.hromada.security.internal.UserView;
import org.hromada.security.internal.sessions.SessionService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Every write to users, for the API and the console alike: audits it, and ends the sessions and
 * login tokens of a user whose password changes or who is disabled.
 */
@Component(service = UserAdmin.class)
public class UserAdmin {
    static final String ENTITY = "user";
    /** What the audit log says instead of a password or its hash. */
    static final String CHANGED = "changed";

    @Reference
    private UserStore users;

    @Reference
    private TokenStore tokens;

    @Reference
    private SessionService sessions;

    @Reference
    private AuditLog audit;

    /** What an admin may not do to their own account. */
    public enum SelfProblem {
        OWN_ADMIN_ROLE, OWN_DISABLE, OWN_DELETE
    }

    /** Why the change (null fields: unchanged) would lock {@code actor} out, if it would. */
    public static Optional<SelfProblem> selfProblem(Identity actor, String username, Collection<String> roles,
                                                    Boolean enabled) {
        if (actor == null || !actor.username().equals(username)) {
            return Optional.empty();
        }
        if (roles != null && !roles.contains(Roles.ADMIN) && actor.hasRole(Roles.ADMIN)) {
            return Optional.of(SelfProblem.OWN_ADMIN_ROLE);
        }
        if (Boolean.FALSE.equals(enabled)) {
            return Optional.of(SelfProblem.OWN_DISABLE);
        }
        return Optional.empty();
    }

    public UserView create(Identity actor, String username, String password, String displayName,
                           Collection<String> roles, boolean enabled) {
        UserView created = users.create(username, password, displayName, roles, enabled);
        audit.record(AuditEntry.of(actor, "user.create", ENTITY, created.username())
                .withSummary(created.displayName()).withChange(Map.of(), fields(created, true)));
        return created;
    }

    /**
     * Applies a change; empty when there is no such user. A new password or disabling ends the
     * user's sessions and login tokens, except the caller's own session ({@code keepCsrfToken}) and
     * token ({@code keepTokenHash}), either may be null.
     */
    public Optional<UserView> update(Identity actor, String username, UserStore.Change change, String keepTokenHash,
                                     String keepCsrfToken) {
        Optional<UserView> before = users.find(username);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Optional<UserView> after = users.update(username, change);
        after.ifPresent(updated -> {
            boolean newPassword = change.newPassword() != null;
            if (newPassword || !updated.enabled()) {
                endEverywhere(username, keepTokenHash, keepCsrfToken);
            }
            Map<String, Object> was = new LinkedHashMap<>();
            Map<String, Object> now = new LinkedHashMap<>();
            diff(fields(before.get(), false), fields(updated, false), was, now);
            if (newPassword) {
                now.put("password", CHANGED);
            }
            if (!now.isEmpty() || !was.isEmpty()) {
                audit.record(AuditEntry.of(actor, "user.update", ENTITY, username)
                        .withSummary(updated.displayName()).withChange(was, now));
            }
        });
        return after;
    }

    /** Deletes a user; their sessions and tokens go with them. False when there was none. */
    public boolean delete(Identity actor, String username) {
        Optional<UserView> before = users.find(username);
        if (before.isEmpty() || !users.delete(username)) {
            return false;
        }
        audit.record(AuditEntry.of(actor, "user.delete", ENTITY, username)
                .withSummary(before.get().displayName()).withChange(fields(before.get(), false), Map.of()));
        return true;
    }

    /**
     * The signed-in user changes their own password: false when {@code current} is wrong. Ends the
     * user's other sessions (all but the one with {@code keepCsrfToken}) and all their login tokens.
     */
    public boolean changeOwnPassword(Identity actor, String current, String newPassword, String keepCsrfToken) {
        if (users.authenticate(actor.username(), current).isEmpty()) {
            return false;
        }
        if (users.update(actor.username(), new UserStore.Change(null, null, null, newPassword)).isEmpty()) {
            return false;
        }
        endEverywhere(actor.username(), null, keepCsrfToken);
        audit.record(AuditEntry.of(actor, "user.password", ENTITY, actor.username())
                .withChange(Map.of(), Map.of("password", CHANGED)));
        return true;
    }

    private void endEverywhere(String username, String keepTokenHash, String keepCsrfToken) {
        tokens.revokeAllOf(username, keepTokenHash);
        sessions.endAllOf(username, keepCsrfToken);
    }

    static Map<String, Object> fields(UserView user, boolean withName) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (withName) {
            fields.put("username", user.username());
        }
        fields.put("displayName", user.displayName());
        fields.put("roles", user.roles());
        fields.put("enabled", user.enabled());
        return fields;
    }

    /** Only the fields whose values differ go into {@code before} and {@code after}. */
    static void diff(Map<String, Object> old, Map<String, Object> current, Map<String, Object> before,
                     Map<String, Object> after) {
        current.forEach((field, value) -> {
            if (!Objects.equals(old.get(field), value)) {
                before.put(field, old.get(field));
                after.put(field, value);
            }
        });
    }
}
