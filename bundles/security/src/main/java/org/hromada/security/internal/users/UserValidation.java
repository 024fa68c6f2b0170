package org.hromada.security.internal.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.FieldError;
import org.hromada.security.internal.PasswordRules;

/** Checks the users API's input; every problem found becomes one {@link FieldError}. */
public final class UserValidation {
    /** Lower case only, and safe in a URL path without encoding. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    public static final int DISPLAY_NAME_MAX = 200;

    private UserValidation() {
    }

    public static List<FieldError> forNew(NewUser user) {
        List<FieldError> errors = new ArrayList<>();
        username(user.username()).ifPresent(errors::add);
        PasswordRules.check(user.username(), user.password()).ifPresent(errors::add);
        if (user.displayName() != null && !user.displayName().isBlank()) {
            displayName(user.displayName()).ifPresent(errors::add);
        }
        if (user.roles() != null) {
            roles(user.roles()).ifPresent(errors::add);
        }
        return errors;
    }

    public static List<FieldError> forUpdate(String username, UserUpdate update) {
        List<FieldError> errors = new ArrayList<>();
        if (update.displayName() != null) {
            displayName(update.displayName()).ifPresent(errors::add);
        }
        if (update.roles() != null) {
            roles(update.roles()).ifPresent(errors::add);
        }
        if (update.password() != null) {
            PasswordRules.check(username, update.password()).ifPresent(errors::add);
        }
        return errors;
    }

    static Optional<FieldError> username(String username) {
        if (username == null || username.isBlank()) {
            return Optional.of(new FieldError("username", "must not be blank"));
        }
        if (!USERNAME.matcher(username).matches()) {
            return Optional.of(new FieldError("username",
                    "must be 3 to 64 characters of a-z, 0-9, '.', '_' and '-'"));
        }
        return Optional.empty();
    }

    static Optional<FieldError> displayName(String displayName) {
        if (displayName.isBlank()) {
            return Optional.of(new FieldError("displayName", "must not be blank"));
        }
        if (displayName.codePointCount(0, displayName.length()) > DISPLAY_NAME_MAX) {
            return Optional.of(new FieldError("displayName", "must be at most " + DISPLAY_NAME_MAX + " characters long"));
        }
        return Optional.empty();
    }

    /** Each role must be one of {@link Roles#ALL}; repeats are harmless. */
    static Optional<FieldError> roles(List<String> roles) {
        List<String> unknown = roles.stream().filter(role -> role == null || !Roles.ALL.contains(role))
                .map(String::valueOf).distinct().toList();
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FieldError("roles", "unknown role" + (unknown.size() > 1 ? "s " : " ")
                + String.join(", ", unknown) + "; known roles are " + String.join(", ", Roles.ALL)));
    }
}
