package org.hromada.system.internal;

import static org.hromada.system.internal.TestFramework.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.FrameworkWiring;

/** The watcher against a real Felix framework: copy, replace, delete, and the failures. */
class DeployWatcherFrameworkTest {
    @TempDir
    Path home;

    private TestFramework framework;
    private BundleDiagnostics diagnostics;

    @BeforeEach
    void start() throws Exception {
        framework = new TestFramework(home);
        diagnostics = new BundleDiagnostics(framework.context.getBundle(0).adapt(FrameworkWiring.class), "17");
    }

    @AfterEach
    void stop() throws Exception {
        framework.close();
    }

    @Test
    void copiedReplacedAndDeletedJarsAreInstalledUpdatedAndUninstalled() throws Exception {
        framework.copy(TestJars.bundle(home.resolve("api.jar"), "org.example.api", "1.0.0",
                Map.of("Export-Package", "org.example.api;version=1.0.0")), "api.jar");
        Bundle api = await("api active", () -> framework.bundle("org.example.api")
                .filter(b -> b.getState() == Bundle.ACTIVE));
        assertEquals("api.jar", framework.watcher.records().get(0).file());

        framework.copy(TestJars.bundle(home.resolve("api2.jar"), "org.example.api", "1.1.0", Map.of()), "api.jar");
        await("api updated", () -> Optional.of(api).filter(b -> b.getVersion().toString().equals("1.1.0")
                && b.getState() == Bundle.ACTIVE));

        Files.delete(framework.deploy.resolve("api.jar"));
        await("api gone", () -> Optional.of(api).filter(b -> b.getState() == Bundle.UNINSTALLED));
        await("record gone", () -> Optional.of(framework.watcher.records()).filter(List::isEmpty));
    }

    @Test
    void aMissingPackageIsReportedAndTheBundleStartsOnceItIsDeployed() throws Exception {
        framework.copy(TestJars.bundle(home.resolve("consumer.jar"), "org.example.consumer", "1.0.0",
                Map.of("Import-Package", "org.example.api;version=\"[1.2,2)\"")), "consumer.jar");
        Bundle consumer = await("consumer recorded", () -> framework.bundle("org.example.consumer")
                .filter(b -> framework.record("consumer.jar") != null
                        && framework.record("consumer.jar").startProblem() != null));
        assertEquals(Bundle.INSTALLED, consumer.getState());
        assertEquals(List.of("needs package org.example.api (version 1.2 or later, before 2) that no installed"
                + " bundle provides"), diagnostics.problems(consumer, framework.record("consumer.jar")));

        framework.copy(TestJars.bundle(home.resolve("api.jar"), "org.example.api", "1.5.0",
                Map.of("Export-Package", "org.example.api;version=1.5.0")), "api.jar");
        await("consumer active", () -> Optional.of(consumer).filter(b -> b.getState() == Bundle.ACTIVE));
        assertEquals(List.of(), diagnostics.problems(consumer, framework.record("consumer.jar")));
    }

    @Test
    void failuresAreRecordedPerFileAndTheWatcherGoesOn() throws Exception {
        Files.writeString(framework.deploy.resolve("notes.jar"), "not a zip");
        framework.copy(TestJars.bundle(home.resolve("java.jar"), "org.example.future", "1.0.0",
                Map.of("Require-Capability", "osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version=99))\"")), "future.jar");
        framework.copy(TestJars.bundle(home.resolve("act.jar"), "org.example.failing", "1.0.0", Map.of(
                "Bundle-Activator", FailingActivator.class.getName(),
                "Import-Package", "org.osgi.framework"), FailingActivator.class), "failing.jar");
        framework.installCore("org.example.core");
        framework.copy(TestJars.bundle(home.resolve("core2.jar"), "org.example.core", "2.0.0", Map.of()), "core.jar");

        await("all recorded", () -> Optional.of(framework.watcher.records()).filter(r -> r.size() == 4
                && r.stream().allMatch(x -> x.deployProblem() != null || x.startProblem() != null)));
        DeployRecord notes = framework.record("notes.jar");
        assertTrue(notes.deployProblem().startsWith("not an OSGi bundle: it is not a readable zip"));
        assertNull(notes.bundleId());
        assertTrue(framework.record("core.jar").deployProblem()
                .startsWith("refused: bundle org.example.core ships with the server"));
        assertEquals("did not start: its activator failed: java.lang.IllegalStateException: boom in the activator",
                framework.record("failing.jar").startProblem());
        assertEquals(List.of("needs Java SE 99 (this server runs Java SE 17)"), diagnostics.problems(
                framework.bundle("org.example.future").orElseThrow(), framework.record("future.jar")));

        framework.copy(TestJars.bundle(home.resolve("ok.jar"), "org.example.ok", "1.0.0", Map.of()), "ok.jar");
        await("still watching", () -> framework.bundle("org.example.ok").filter(b -> b.getState() == Bundle.ACTIVE));
    }

    @Test
    void scanNowActsOnAnAtomicallyWrittenJarWithinTheCall() throws Exception {
        Path jar = TestJars.bundle(framework.deploy.resolve(".upload-1.part"), "org.example.now", "1.0.0", Map.of());
        Files.move(jar, framework.deploy.resolve("now.jar"), StandardCopyOption.ATOMIC_MOVE);
        framework.watcher.scanNow();
        assertEquals(Bundle.ACTIVE, framework.bundle("org.example.now").orElseThrow().getState());
    }
}
