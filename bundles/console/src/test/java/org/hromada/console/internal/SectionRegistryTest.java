package org.hromada.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleSection;
import org.hromada.platform.api.security.Identity;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

class SectionRegistryTest {
    final SectionRegistry registry = new SectionRegistry();
    final Bundle b1 = FakeBundle.of(1, Path.of("."));
    final Bundle b2 = FakeBundle.of(2, Path.of("."));

    static ConsoleSection section(String id, int order, Set<String> roles) {
        return new ConsoleSection() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String menuKey() {
                return id + ".menu";
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
            public ConsoleResponse handle(ConsoleRequest request) {
                return ConsoleResponse.notFound();
            }
        };
    }

    @Test
    void routesAPathToItsSectionAndTheRest() {
        registry.addSection(section("news", 10, Set.of()), b1, 100);
        assertEquals("/12/edit", registry.route("/news/12/edit").orElseThrow().rest());
        assertEquals("", registry.route("/news").orElseThrow().rest());
        assertEquals("", registry.route("/news/").orElseThrow().rest());
        assertEquals("news", registry.route("/news/x").orElseThrow().id());
        assertTrue(registry.route("/newsx/1").isEmpty());
        assertTrue(registry.route("/").isEmpty());
        assertTrue(registry.route("").isEmpty());
        assertTrue(registry.route("/pages").isEmpty());
    }

    @Test
    void aSectionGoesWithItsService() {
        registry.addSection(section("news", 10, Set.of()), b1, 100);
        assertTrue(registry.hasBundle(1));
        registry.removeSection(100);
        assertTrue(registry.route("/news").isEmpty());
        assertFalse(registry.hasBundle(1));
        assertTrue(registry.bundle(1).isEmpty());
    }

    @Test
    void reservedAndInvalidIdsAreIgnoredAndTheFirstOfTwoWins() {
        registry.addSection(section("assets", 10, Set.of()), b1, 100);
        registry.addSection(section("sign-in", 10, Set.of()), b1, 101);
        registry.addSection(section("Bad Id", 10, Set.of()), b1, 102);
        registry.addSection(section("news", 10, Set.of()), b2, 104);
        registry.addSection(section("news", 10, Set.of()), b1, 103);
        assertEquals(1, registry.usable().size());
        assertEquals(1, registry.route("/news").orElseThrow().section().bundle().getBundleId());
        registry.removeSection(103);
        assertEquals(2, registry.route("/news").orElseThrow().section().bundle().getBundleId());
    }

    @Test
    void menuIsOrderedAndFilteredByRole() {
        registry.addSection(section("users", 90, Set.of("admin")), b1, 1);
        registry.addSection(section("pages", 20, Set.of("editor", "author")), b1, 2);
        registry.addSection(section("news", 10, Set.of("editor", "author")), b2, 3);
        registry.addSection(section("media", 20, Set.of()), b2, 4);
        Identity author = new Identity("a", Set.of("author"), "console");
        assertEquals(List.of("news", "media", "pages"),
                registry.menu(author).stream().map(e -> e.service().id()).toList());
        Identity admin = new Identity("root", Set.of("admin"), "console");
        assertEquals(List.of("media", "users"), registry.menu(admin).stream().map(e -> e.service().id()).toList());
    }

    @Test
    void aSectionThatThrowsOnIdIsLeftOut() {
        registry.addSection(new ConsoleSection() {
            @Override
            public String id() {
                throw new IllegalStateException();
            }

            @Override
            public String menuKey() {
                return "x";
            }

            @Override
            public Set<String> roles() {
                return Set.of();
            }

            @Override
            public ConsoleResponse handle(ConsoleRequest request) {
                return null;
            }
        }, b1, 1);
        registry.addSection(section("news", 10, Set.of()), b1, 2);
        assertEquals(1, registry.usable().size());
    }
}
