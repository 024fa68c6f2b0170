package org.hromada.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserViewTest {

    @Test
    void rolesAreListedMostPowerfulFirst() {
        assertEquals(List.of("admin", "editor", "author", "integrator"),
                UserView.ordered(Set.of("integrator", "author", "admin", "editor")));
        assertEquals(List.of("editor", "zzz-legacy"), UserView.ordered(List.of("zzz-legacy", "editor", "editor")));
    }

    @Test
    void usernamesAreNormalizedForSignIn() {
        assertEquals("olena", UserStore.normalize("  Olena "));
        assertEquals("", UserStore.normalize(null));
    }

    @Test
    void theFirstStartBannerShowsThePassword() {
        String banner = AdminBootstrap.banner("Secret-Pass-Word-1234");
        assertEquals(1, banner.lines().filter(line -> line.contains("Initial admin password: Secret-Pass-Word-1234")).count(),
                banner);
    }
}
