package org.hromada.system.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundles API's methods on a real framework (the HTTP layer is the web bundle's). */
class BundlesResourceTest {
    @TempDir
    Path home;

    private TestFramework framework;
    private BundlesResource resource;

    @BeforeEach
    void start() throws Exception {
        framework = new TestFramework(home);
        resource = new BundlesResource(new BundleCatalog(framework.watcher, framework.context), framework.watcher);
    }

    @AfterEach
    void stop() throws Exception {
        framework.close();
    }

    @Test
    void aPostedBundleIsWrittenToTheDeployFolderAndStarted() throws Exception {
        Response response = resource.install(jar("org.example.notes", Map.of()), null, null, null);
        assertEquals(201, response.getStatus());
        assertEquals("/api/v1/system/bundles/org.example.notes", response.getLocation().toString());
        BundleEntry entry = (BundleEntry) response.getEntity();
        assertEquals("ACTIVE", entry.state());
        assertEquals("deploy", entry.origin());
        assertEquals("org.example.notes.jar", entry.file());
        assertTrue(Files.exists(framework.deploy.resolve("org.example.notes.jar")));
        try (var files = Files.list(framework.deploy)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void aBundleWithAMissingImportIsAcceptedAndExplained() throws Exception {
        Response response = resource.install(jar("org.example.needy",
                Map.of("Import-Package", "com.missing.api;version=\"[1.0,2)\"")), "needy.jar", null, null);
        assertEquals(201, response.getStatus());
        BundleEntry entry = (BundleEntry) response.getEntity();
        assertEquals("INSTALLED", entry.state());
        assertEquals("needy.jar", entry.file());
        assertEquals(List.of("needs package com.missing.api (version 1 or later, before 2) that no installed bundle"
                + " provides"), entry.problems());
    }

    @Test
    void aNonBundleIsRefusedWith422() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> resource.install(new ByteArrayInputStream("hello".getBytes()), null, null, null));
        assertEquals(422, e.status());
        assertTrue(e.detail().contains("not a readable zip"), e.detail());
        assertTrue(framework.watcher.records().isEmpty());
    }

    @Test
    void tooLargeIsRefusedBeforeReading() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> resource.install(InputStream.nullInputStream(), null, BundlesResource.MAX_UPLOAD_BYTES + 1, null));
        assertEquals(413, e.status());
    }

    @Test
    void coreAndFrameworkBundlesCannotBeReplacedOrRemoved() throws Exception {
        framework.installCore("org.example.core");
        assertEquals(409, assertThrows(ProblemException.class,
                () -> resource.install(jar("org.example.core", Map.of()), null, null, null)).status());
        assertEquals(409, assertThrows(ProblemException.class, () -> resource.uninstall("org.example.core", null)).status());
        ProblemException framework = assertThrows(ProblemException.class,
                () -> resource.uninstall("org.apache.felix.framework", null));
        assertTrue(framework.detail().contains("OSGi framework itself"), framework.detail());
    }

    @Test
    void listGetAndDelete() throws Exception {
        resource.install(jar("org.example.notes", Map.of()), null, null, null);
        Files.writeString(framework.deploy.resolve("broken.jar"), "not a zip");
        framework.watcher.scanNow();

        PageResult<BundleEntry> page = resource.list();
        assertEquals(page.items().size(), page.total());
        assertEquals(0L, page.items().get(0).id());
        assertEquals("framework", page.items().get(0).origin());
        BundleEntry failed = page.items().get(page.items().size() - 1);
        assertEquals("FAILED", failed.state());
        assertNull(failed.symbolicName());
        assertEquals("broken.jar", failed.file());
        assertFalse(failed.problems().isEmpty());

        assertEquals("org.example.notes", resource.get("org.example.notes").symbolicName());
        assertEquals(404, assertThrows(ProblemException.class, () -> resource.get("org.nothing")).status());

        assertEquals(204, resource.uninstall("org.example.notes", null).getStatus());
        assertFalse(Files.exists(framework.deploy.resolve("org.example.notes.jar")));
        assertTrue(framework.bundle("org.example.notes").isEmpty());
        assertEquals(204, resource.uninstall("broken.jar", null).getStatus());
        assertEquals(404, assertThrows(ProblemException.class, () -> resource.get("broken.jar")).status());
    }

    @Test
    void anUploadReplacesTheDeployedVersion() throws Exception {
        resource.install(jar("org.example.notes", Map.of()), "notes.jar", null, null);
        Path v2 = TestJars.bundle(home.resolve("v2.jar"), "org.example.notes", "2.0.0", Map.of());
        BundleEntry entry = (BundleEntry) resource.install(Files.newInputStream(v2), null, null, null).getEntity();
        assertEquals("2.0.0", entry.version());
        assertEquals("notes.jar", entry.file());
        assertEquals(1, framework.watcher.records().size());
    }

    private InputStream jar(String symbolicName, Map<String, String> headers) throws Exception {
        Path jar = TestJars.bundle(home.resolve(symbolicName + "-" + System.nanoTime() + ".jar"), symbolicName,
                "1.0.0", headers);
        return Files.newInputStream(jar);
    }
}
