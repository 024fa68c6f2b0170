package org.hromada.system.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.console.ConsoleFile;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Identity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundles console section on a real framework, with an audit log that keeps what it is told. */
class BundlesSectionTest {
    private static final Identity ADMIN = new Identity("admin", Set.of("admin"), Channels.CONSOLE);
    private static final Locale UK = Locale.forLanguageTag("uk");

    @TempDir
    Path home;

    private TestFramework framework;
    private BundlesSection section;
    private BundlesResource resource;
    private final List<AuditEntry> audit = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        framework = new TestFramework(home);
        framework.watcher.bindAuditLog(audit::add);
        BundleCatalog catalog = new BundleCatalog(framework.watcher, framework.context);
        section = new BundlesSection(catalog, framework.watcher);
        resource = new BundlesResource(catalog, framework.watcher);
    }

    @AfterEach
    void stop() throws Exception {
        framework.close();
    }

    @Test
    void theListShowsStatesAndOriginsInWords() throws Exception {
        framework.installCore("org.example.core");
        ConsoleResponse.Page page = assertInstanceOf(ConsoleResponse.Page.class, section.handle(get("", UK)));
        assertEquals("console/bundles/list.ftl", page.template());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) page.model().get("bundles");
        Map<String, Object> core = rows.stream().filter(r -> r.get("symbolicName").equals("org.example.core"))
                .findFirst().orElseThrow();
        assertEquals("Постачається з сервером", core.get("originText"));
        assertEquals("Встановлений, але не розв’язаний", core.get("stateText"));
        assertEquals(false, core.get("managed"));
    }

    @Test
    void anUploadedBundleIsInstalledAuditedAndShownAsUploaded() throws Exception {
        ConsoleResponse response = section.handle(post("/install", file("org.example.notes", Map.of())));
        ConsoleResponse.Redirect redirect = assertInstanceOf(ConsoleResponse.Redirect.class, response);
        assertEquals("/console/bundles/org.example.notes", redirect.location());
        assertEquals("bundles.flash.installed", redirect.flashKey());
        assertEquals(List.of(new AuditEntry("admin", "console", "bundle.install", "bundle", "org.example.notes",
                "1.0.0", Map.of(), Map.of("version", "1.0.0"))), audit);

        ConsoleResponse.Page detail = assertInstanceOf(ConsoleResponse.Page.class,
                section.handle(get("/org.example.notes", Locale.ENGLISH)));
        @SuppressWarnings("unchecked")
        Map<String, Object> bundle = (Map<String, Object>) detail.model().get("bundle");
        assertEquals("Uploaded", bundle.get("originText"));
        assertEquals("Working", bundle.get("stateText"));

        section.handle(post("/org.example.notes/update", file("org.example.notes", Map.of())));
        assertEquals("bundle.update", audit.get(1).action());
        assertEquals(2, audit.size(), "the folder does not record the console's change again");
    }

    @Test
    void aMissingRequirementIsExplainedInUkrainian() throws Exception {
        section.handle(post("/install", file("org.example.needy",
                Map.of("Import-Package", "com.missing.api;version=\"[1.0,2)\""))));
        ConsoleResponse.Page detail = assertInstanceOf(ConsoleResponse.Page.class,
                section.handle(get("/org.example.needy", UK)));
        @SuppressWarnings("unchecked")
        Map<String, Object> bundle = (Map<String, Object>) detail.model().get("bundle");
        @SuppressWarnings("unchecked")
        List<String> reasons = (List<String>) bundle.get("reasons");
        assertTrue(reasons.get(0).startsWith("потрібен package com.missing.api"), reasons.toString());
        assertTrue(reasons.get(0).endsWith("якого не надає жоден встановлений бандл"), reasons.toString());
    }

    @Test
    void aFileThatIsNotABundleIsAFriendlyFormError() throws Exception {
        Path text = Files.writeString(home.resolve("notes.txt"), "hello");
        ConsoleResponse response = section.handle(post("/install",
                new ConsoleFile("file", "notes.jar", "application/java-archive", 5, text)));
        ConsoleResponse.Page page = assertInstanceOf(ConsoleResponse.Page.class, response);
        assertEquals(422, page.status());
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) page.model().get("errors");
        assertTrue(errors.get("file").startsWith("це не бандл OSGi: файл не є читабельним архівом"), errors.toString());
        assertTrue(audit.isEmpty());
        try (var files = Files.list(framework.deploy)) {
            assertEquals(0, files.count(), "nothing left in the deploy folder");
        }
    }

    @Test
    void anUploadWithoutAFileIsAFormError() {
        ConsoleResponse.Page page = assertInstanceOf(ConsoleResponse.Page.class,
                section.handle(new ConsoleRequest("POST", "/install", Map.of(), List.of(), ADMIN, UK, "/console/bundles", "csrf")));
        assertEquals(422, page.status());
    }

    @Test
    void theServersOwnBundlesCannotBeRemoved() throws Exception {
        framework.installCore("org.example.core");
        ConsoleResponse response = section.handle(post("/org.example.core/uninstall", null));
        assertEquals(new ConsoleResponse.Problem(409, "bundles.error.protected"), response);
        assertEquals(new ConsoleResponse.Problem(409, "bundles.error.protected"),
                section.handle(get("/org.example.core/uninstall", UK)));
        ConsoleResponse.Page page = assertInstanceOf(ConsoleResponse.Page.class,
                section.handle(post("/install", file("org.example.core", Map.of()))));
        assertEquals(422, page.status());
        assertTrue(audit.isEmpty());
    }

    @Test
    void uninstallingAsksFirstThenRemovesAndAudits() throws Exception {
        section.handle(post("/install", file("org.example.notes", Map.of())));
        assertInstanceOf(ConsoleResponse.Page.class, section.handle(get("/org.example.notes/uninstall", UK)));
        assertTrue(framework.bundle("org.example.notes").isPresent(), "a GET changes nothing");
        ConsoleResponse response = section.handle(post("/org.example.notes/uninstall", null));
        assertEquals(new ConsoleResponse.Redirect("/console/bundles", "bundles.flash.uninstalled"), response);
        assertFalse(framework.bundle("org.example.notes").isPresent());
        assertEquals(List.of("bundle.install", "bundle.uninstall"), audit.stream().map(AuditEntry::action).toList());
        assertEquals("console", audit.get(1).channel());
    }

    @Test
    void anUnknownPathIsNotFound() {
        assertEquals(ConsoleResponse.notFound(), section.handle(get("/no.such.bundle", UK)));
        assertEquals(ConsoleResponse.notFound(), section.handle(get("/a/b/c", UK)));
    }

    @Test
    void theApiRecordsItsChangesByTheApiChannel() throws Exception {
        Path jar = TestJars.bundle(home.resolve("api.jar"), "org.example.api", "2.0.0", Map.of());
        resource.install(Files.newInputStream(jar), null, null, null);
        resource.uninstall("org.example.api", null);
        assertEquals(List.of("bundle.install", "bundle.uninstall"), audit.stream().map(AuditEntry::action).toList());
        assertTrue(audit.stream().allMatch(e -> e.channel().equals("api") && e.summary().equals("2.0.0")));
    }

    @Test
    void jarsCopiedIntoTheFolderAreRecordedAsTheFolders() throws Exception {
        Path jar = TestJars.bundle(home.resolve("copied.jar"), "org.example.copied", "1.2.0", Map.of());
        framework.copy(jar, "copied.jar");
        TestFramework.await("the folder's install", () -> audit.isEmpty() ? Optional.empty() : Optional.of(true));
        Files.delete(framework.deploy.resolve("copied.jar"));
        TestFramework.await("the folder's removal", () -> audit.size() < 2 ? Optional.empty() : Optional.of(true));
        assertEquals(List.of("bundle.install", "bundle.uninstall"), audit.stream().map(AuditEntry::action).toList());
        assertTrue(audit.stream().allMatch(e -> e.actor().equals("deploy-folder") && e.channel().equals("system")
                && e.entityId().equals("org.example.copied")));
    }

    private ConsoleFile file(String symbolicName, Map<String, String> headers) throws Exception {
        Path jar = TestJars.bundle(home.resolve(symbolicName + "-" + System.nanoTime() + ".jar"), symbolicName,
                "1.0.0", headers);
        return new ConsoleFile("file", symbolicName + ".jar", "application/java-archive", Files.size(jar), jar);
    }

    private static ConsoleRequest get(String path, Locale locale) {
        return new ConsoleRequest("GET", path, Map.of(), List.of(), ADMIN, locale, "/console/bundles", "csrf");
    }

    private static ConsoleRequest post(String path, ConsoleFile file) {
        return new ConsoleRequest("POST", path, Map.of(), file == null ? List.of() : List.of(file), ADMIN, UK,
                "/console/bundles", "csrf");
    }
}
