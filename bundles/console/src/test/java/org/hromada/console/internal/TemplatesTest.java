package org.hromada.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.TemplateNotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

class TemplatesTest {
    @TempDir
    Path dir;
    Bundle bundle;
    Map<Long, Bundle> live = new HashMap<>();
    ConsoleTemplateLoader loader;
    ConsoleMessages messages;
    ConsoleTemplates templates;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(dir.resolve("console/x"));
        Files.writeString(dir.resolve("console/x/page.ftl"), """
                <#import "/hromada-console/ui.ftl" as ui><#include "part.ftl">\
                <@ui.field name="title" label=msg("x.label") value=value error=msg("x.error", 3)/>\
                <@ui.when instant=at/>|${msg("no.such.key")}|${msg("console.pagination.next")}""", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("console/x/part.ftl"), "<i>${value}</i>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("console/messages_uk.properties"),
                "x.label=Заголовок\nx.error=Щонайменше {0} літери, пам'ять\n", StandardCharsets.UTF_8);
        bundle = FakeBundle.of(5, dir);
        live.put(5L, bundle);
        ClassLoader cl = getClass().getClassLoader();
        loader = new ConsoleTemplateLoader(cl::getResource, id -> Optional.ofNullable(live.get(id)));
        messages = new ConsoleMessages(cl::getResource);
        templates = new ConsoleTemplates(loader, messages);
    }

    Map<String, Object> model(String lang) {
        Map<String, Object> m = new HashMap<>();
        m.put("value", "<script>alert(1)</script>");
        m.put("at", Instant.parse("2026-07-01T09:30:00Z"));
        m.put("console", Map.of("csrfToken", "t", "lang", lang));
        m.put("msg", templates.msg(bundle, lang));
        m.put("consoleTime", ConsoleTemplates.consoleTime());
        return m;
    }

    @Test
    void findsOwnAndBundleTemplatesOnly() {
        assertNotNull(loader.getURL("hromada-console/ui.ftl"));
        assertNotNull(loader.getURL("bundle-5/console/x/page.ftl"));
        assertNull(loader.getURL("bundle-6/console/x/page.ftl"), "a bundle without sections has no templates here");
        assertNull(loader.getURL("bundle-5/console/x/none.ftl"));
        assertNull(loader.getURL("bundle-x/console/x/page.ftl"));
        assertNull(loader.getURL("bundle-5/../../etc/passwd"));
        assertNull(loader.getURL("hromada-console/messages_uk.properties"), "only templates from the console's folder");
        assertNull(loader.getURL("console/x/page.ftl"));
        assertEquals("bundle-5/console/x/page.ftl", ConsoleTemplateLoader.nameIn(bundle, "/console/x/page.ftl"));
    }

    @Test
    void sectionTemplateImportsTheMacrosIncludesRelativelyAndEscapes() throws Exception {
        String html = templates.render("bundle-5/console/x/page.ftl", model("uk"), Locale.forLanguageTag("uk"));
        assertTrue(html.startsWith("<i>&lt;script&gt;alert(1)&lt;/script&gt;</i>"), html);
        assertTrue(html.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""), html);
        assertTrue(html.contains("<label for=\"f-title\">Заголовок</label>"), html);
        assertTrue(html.contains("Щонайменше 3 літери, пам&#39;ять"), html);
        assertTrue(html.contains("aria-invalid=\"true\""));
        assertTrue(html.contains("<time datetime=\"2026-07-01T09:30:00Z\">01.07.2026 12:30</time>"), html);
        assertTrue(html.contains("|no.such.key|Наступна →"), html);
    }

    @Test
    void englishFallsBackToTheConsoleThenUkrainian() throws Exception {
        String html = templates.render("bundle-5/console/x/page.ftl", model("en"), Locale.ENGLISH);
        assertTrue(html.contains("|Next →"), html);
        assertTrue(html.contains(">Заголовок<"), "no English file: the Ukrainian text");
    }

    @Test
    void aGoneBundlesTemplatesAreGoneAfterTheCacheIsCleared() throws Exception {
        templates.render("bundle-5/console/x/page.ftl", model("uk"), Locale.ENGLISH);
        live.remove(5L);
        templates.clearCache();
        assertThrows(TemplateNotFoundException.class,
                () -> templates.render("bundle-5/console/x/page.ftl", model("uk"), Locale.ENGLISH));
    }

    @Test
    void paginationUsesTheConsoleMessages() throws Exception {
        Files.writeString(dir.resolve("console/x/p.ftl"),
                "<#import \"/hromada-console/ui.ftl\" as ui><@ui.pagination page=2 size=10 total=35 base=\"/console/x\" query=\"q=a\"/>");
        String html = templates.render("bundle-5/console/x/p.ftl", model("uk"), Locale.ENGLISH);
        assertTrue(html.contains("Сторінка 2 з 4"), html);
        assertTrue(html.contains("href=\"/console/x?page=3&amp;q=a\""), html);
    }

    @Test
    void messagesFormatLiterally() {
        assertEquals("Сторінка 1 з 12", ConsoleMessages.format("Сторінка {0} з {1}", 1, 12L));
        assertEquals("п'ять {0}", ConsoleMessages.format("п'ять {0}"));
        assertEquals("1234", ConsoleMessages.format("{0}", 1234.0));
        assertEquals("x", messages.get(null, "uk", "x"));
    }

    @Test
    void consoleTimeIsKyivTime() {
        assertEquals("15.01.2026 14:05", ConsoleTemplates.time(Instant.parse("2026-01-15T12:05:00Z")));
        assertEquals("—", ConsoleTemplates.time(null));
    }

    @Test
    void everyUiKeyIsTranslatedInBothLanguages() {
        for (String key : List.of("console.form.errors", "console.pagination", "console.pagination.prev",
                "console.pagination.next", "console.pagination.of", "console.error.notFound", "console.error.forbidden",
                "console.error.csrf")) {
            for (String lang : List.of("uk", "en")) {
                assertTrue(messages.own(lang).containsKey(key), lang + " " + key);
            }
        }
        assertEquals(messages.own("uk").keySet().stream().filter(k -> !k.toString().startsWith("editor.")).count(),
                messages.own("en").keySet().stream().filter(k -> !k.toString().startsWith("editor.")).count(),
                "the same console keys in both languages");
    }
}
