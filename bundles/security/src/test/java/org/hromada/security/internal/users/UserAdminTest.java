package org.hromada.security.internal.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.platform.api.security.Identity;
import org.junit.jupiter.api.Test;

class UserAdminTest {
    private static final Identity ADMIN = new Identity("admin", Set.of("admin"), "console");

    @Test
    void anAdminCannotLockThemselvesOut() {
        assertEquals(Optional.of(UserAdmin.SelfProblem.OWN_ADMIN_ROLE),
                UserAdmin.selfProblem(ADMIN, "admin", List.of("editor"), null));
        assertEquals(Optional.of(UserAdmin.SelfProblem.OWN_DISABLE),
                UserAdmin.selfProblem(ADMIN, "admin", List.of("admin"), false));
        assertEquals(Optional.empty(), UserAdmin.selfProblem(ADMIN, "admin", List.of("admin", "editor"), true));
        assertEquals(Optional.empty(), UserAdmin.selfProblem(ADMIN, "olena", List.of(), false), "others may be");
    }

    @Test
    void onlyChangedFieldsAreRecorded() {
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        UserAdmin.diff(Map.of("displayName", "Олена", "roles", List.of("author"), "enabled", true),
                Map.of("displayName", "Олена", "roles", List.of("editor"), "enabled", true), before, after);
        assertEquals(Map.of("roles", List.of("author")), before);
        assertEquals(Map.of("roles", List.of("editor")), after);
    }
}
