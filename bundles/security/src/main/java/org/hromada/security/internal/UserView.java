package org.hromada.security.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.hromada.platform.api.security.Roles;
import org.hromada.security.internal.entities.UserEntity;

/** A user as the API shows it: never the password hash. */
public record UserView(String username, String displayName, List<String> roles, boolean enabled,
                       Instant createdAt, Instant updatedAt) {

    public UserView {
        roles = List.copyOf(roles);
    }

    static UserView of(UserEntity entity) {
        return new UserView(entity.getUsername(), entity.getDisplayName(), ordered(entity.getRoles()),
                entity.isEnabled(), entity.getCreatedAt(), entity.getUpdatedAt());
    }

    /** Roles in the order of {@link Roles#ALL} (most powerful first), unknown ones last by name. */
    public static List<String> ordered(Collection<String> roles) {
        return roles.stream()
                .distinct()
                .sorted(Comparator.comparingInt(UserView::rank).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static int rank(String role) {
        int index = Roles.ALL.indexOf(role);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
