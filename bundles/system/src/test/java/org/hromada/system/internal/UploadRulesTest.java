package org.hromada.system.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.platform.api.web.BoundedUpload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleException;

/** The rules around uploads and deploy files that need no framework. */
class UploadRulesTest {
    private static final List<DeployRecord> RECORDS = List.of(
            DeployRecord.installed("example.jar", 20, "org.example", "1.0.0"),
            DeployRecord.failed("broken.jar", null, null, null, "not an OSGi bundle: ..."));

    @TempDir
    Path dir;

    @Test
    void anUpgradeReplacesTheFileHoldingTheSymbolicName() throws Exception {
        assertEquals("example.jar", UploadTarget.fileFor("org.example", "other.jar", RECORDS));
    }

    @Test
    void aNewBundleGoesToItsNameOrTheRequestedFile() throws Exception {
        assertEquals("org.new.jar", UploadTarget.fileFor("org.new", null, RECORDS));
        assertEquals("new-1.0.jar", UploadTarget.fileFor("org.new", "new-1.0.jar", RECORDS));
        assertEquals("broken.jar", UploadTarget.fileFor("org.new", "broken.jar", RECORDS));
    }

    @Test
    void unsafeOrTakenFileNamesAreRefused() {
        for (String bad : List.of("../evil.jar", "a/b.jar", ".hidden.jar", "x.zip", "a b.jar")) {
            UploadTarget.RefusedException e = assertThrows(UploadTarget.RefusedException.class,
                    () -> UploadTarget.fileFor("org.new", bad, RECORDS), bad);
            assertFalse(e.conflict());
        }
        assertTrue(assertThrows(UploadTarget.RefusedException.class,
                () -> UploadTarget.fileFor("org.new", "example.jar", RECORDS)).conflict());
    }

    @Test
    void coreAndDuplicateSymbolicNamesAreRefused() {
        Set<String> core = Set.of("org.hromada.web");
        assertTrue(DeployRules.refusal("org.hromada.web", "web.jar", core, Map.of()).orElseThrow()
                .contains("ships with the server"));
        assertEquals(Optional.of("refused: bundle org.example is already deployed from example.jar; replace or"
                        + " delete that file instead"),
                DeployRules.refusal("org.example", "copy.jar", core, Map.of("org.example", "example.jar")));
        assertEquals(Optional.empty(), DeployRules.refusal("org.example", "example.jar", core,
                Map.of("org.example", "example.jar")));
    }

    @Test
    void originsFollowTheLocation() {
        String prefix = dir.toUri().toString();
        String deployed = BundleOrigin.locationOf(dir.resolve("my bundle.jar"));
        assertEquals(BundleOrigin.DEPLOY, BundleOrigin.of(7, deployed, prefix));
        assertEquals("my bundle.jar", BundleOrigin.fileNameOf(deployed));
        assertEquals(BundleOrigin.CORE, BundleOrigin.of(7, "file:/opt/hromada/bundles/web.jar", prefix));
        assertEquals(BundleOrigin.CORE, BundleOrigin.of(7, deployed, null));
        assertEquals(BundleOrigin.FRAMEWORK, BundleOrigin.of(0, "System Bundle", prefix));
    }

    @Test
    void uploadsAreWrittenUnderANameTheWatcherIgnores() throws Exception {
        Path temp = JarUpload.receive(new ByteArrayInputStream(new byte[1000]), dir, 1000);
        assertEquals(1000, Files.size(temp));
        assertFalse(FolderScan.isCandidate(temp.getFileName().toString()));
    }

    @Test
    void anUploadOverTheLimitLeavesNothingBehind() throws Exception {
        assertThrows(BoundedUpload.TooLargeException.class,
                () -> JarUpload.receive(new ByteArrayInputStream(new byte[1001]), dir, 1000));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aBrokenConnectionIsTheClientsProblem() throws Exception {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThrows(BoundedUpload.UnreadableException.class, () -> JarUpload.receive(broken, dir, 1000));
    }

    @Test
    void anActivatorFailureNamesTheActivatorsException() {
        BundleException e = new BundleException("Activator start error in bundle x [5].",
                BundleException.ACTIVATOR_ERROR, new IllegalStateException("boom"));
        assertEquals("its activator failed: java.lang.IllegalStateException: boom", FailureMessages.describe(e));
        assertEquals("Unable to resolve x", FailureMessages.describe(new BundleException("Unable to resolve x")));
    }

    @Test
    void pollIntervalFallsBackToTheDefault() {
        assertEquals(250, DeployWatcher.pollInterval(null));
        assertEquals(250, DeployWatcher.pollInterval("soon"));
        assertEquals(500, DeployWatcher.pollInterval(" 500 "));
        assertEquals(20, DeployWatcher.pollInterval("1"));
    }
}
