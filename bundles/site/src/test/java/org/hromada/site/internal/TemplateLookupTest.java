package org.hromada.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hromada.platform.api.site.SiteContribution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

class TemplateLookupTest {
    @TempDir
    Path tmp;

    private Path themes;
    private Path bundleRoot;
    private ThemeLayers layers;
    private TemplateEngine engine;

    @BeforeEach
    void setUp() throws IOException {
        themes = tmp.resolve("themes");
        bundleRoot = tmp.resolve("bundle");
        write(themes.resolve("default/templates/page.ftl"), "default");
        write(themes.resolve("default/templates/layout.ftl"), "<#macro frame>[<#nested>]</#macro>");
        write(bundleRoot.resolve("templates/page.ftl"), "bundle");
        write(bundleRoot.resolve("templates/example/item.ftl"),
                "<#import \"/layout.ftl\" as layout><@layout.frame>item</@layout.frame>");
        write(themes.resolve("town/templates/page.ftl"), "theme");
        layers = ThemeLayers.of(themes, "town");
        layers.setBundles(List.of(new BundleFolder(FakeBundle.of(12, bundleRoot, Map.of()), "templates")));
        engine = new TemplateEngine(layers::templateFolders, 0);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String render(String name) throws Exception {
        return engine.render(name, Map.of(), Locale.ROOT);
    }

    @Test
    void themeOverridesBundleOverridesDefault() throws Exception {
        assertEquals("theme", render("page.ftl"));
        Files.delete(themes.resolve("town/templates/page.ftl"));
        assertEquals("bundle", render("page.ftl"));
        layers.setBundles(List.of());
        engine.clearCache();
        assertEquals("default", render("page.ftl"));
    }

    @Test
    void aBundleTemplateUsesTheThemeLayoutAndAThemeCanOverrideIt() throws Exception {
        assertEquals("[item]", render("example/item.ftl"));
        write(themes.resolve("town/templates/example/item.ftl"), "town item");
        assertEquals("town item", render("example/item.ftl"));
    }

    @Test
    void anEditOnDiskIsSeenWithoutARestart() throws Exception {
        Path file = themes.resolve("town/templates/page.ftl");
        assertEquals("theme", render("page.ftl"));
        write(file, "edited");
        // File systems with coarse timestamps may keep the old mtime; move it on as an editor would.
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 10_000));
        assertEquals("edited", render("page.ftl"));
    }

    @Test
    void missingEverywhereIsNotFoundAndNamesCannotEscape() throws Exception {
        assertThrows(TemplateNotFoundException.class, () -> render("nowhere.ftl"));
        write(tmp.resolve("secret.ftl"), "secret");
        assertThrows(Exception.class, () -> render("../secret.ftl"));
        assertNull(new LayeredTemplateLoader(layers::templateFolders).findTemplateSource("../../secret.ftl"));
    }

    @Test
    void unknownActiveThemeLeavesTheDefault() {
        assertEquals(List.of(themes.resolve("default").toAbsolutePath().normalize()),
                ThemeLayers.of(themes, "nosuch").themes());
        assertEquals(List.of(themes.resolve("default").toAbsolutePath().normalize()),
                ThemeLayers.of(themes, "../town").themes());
        assertEquals(2, ThemeLayers.of(themes, "town").themes().size());
    }

    @Test
    void templatesBundlesComeAndGo() throws Exception {
        ThemeLayers plain = ThemeLayers.of(themes, "default");
        TemplateEngine plainEngine = new TemplateEngine(plain::templateFolders, 60_000); // long delay: only clearing helps
        AtomicInteger changes = new AtomicInteger();
        TemplateBundles tracker = new TemplateBundles(plain, () -> {
            plainEngine.clearCache();
            changes.incrementAndGet();
        });
        assertEquals("default", plainEngine.render("page.ftl", Map.of(), Locale.ROOT));

        Bundle without = FakeBundle.of(3, bundleRoot, Map.of());
        assertNull(tracker.addingBundle(without, null));
        Bundle with = FakeBundle.of(4, bundleRoot, Map.of(SiteContribution.TEMPLATES_HEADER, "templates"));
        BundleFolder folder = tracker.addingBundle(with, null);
        assertEquals(1, changes.get());
        assertEquals("bundle", plainEngine.render("page.ftl", Map.of(), Locale.ROOT));

        tracker.removedBundle(with, null, folder);
        assertEquals(2, changes.get());
        assertEquals("default", plainEngine.render("page.ftl", Map.of(), Locale.ROOT));
    }
}
