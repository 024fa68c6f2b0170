package org.hromada.system.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hromada.system.internal.BundleFileCheck.BundleIdentity;
import org.hromada.system.internal.BundleFileCheck.NotABundleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleFileCheckTest {
    @TempDir
    Path dir;

    @Test
    void aBundleIsRecognisedWithItsNameWithoutDirectivesAndVersion() throws Exception {
        Path jar = TestJars.bundle(dir.resolve("a.jar"), "org.example.a;singleton:=true", "1.2.0.SNAPSHOT", Map.of());
        assertEquals(new BundleIdentity("org.example.a", "1.2.0.SNAPSHOT"), BundleFileCheck.check(jar));
    }

    @Test
    void aPlainJarIsNotABundle() throws Exception {
        Path jar = TestJars.plain(dir.resolve("plain.jar"), Map.of("Main-Class", "Foo"));
        NotABundleException e = assertThrows(NotABundleException.class, () -> BundleFileCheck.check(jar));
        assertEquals("not an OSGi bundle: its manifest has no Bundle-SymbolicName (a plain jar is not a bundle)",
                e.getMessage());
    }

    @Test
    void aNonZipFileIsNotABundle() throws Exception {
        Path file = Files.writeString(dir.resolve("text.jar"), "this is not a zip file at all");
        NotABundleException e = assertThrows(NotABundleException.class, () -> BundleFileCheck.check(file));
        assertTrue(e.getMessage().startsWith("not an OSGi bundle: it is not a readable zip/jar file"), e.getMessage());
    }

    @Test
    void anEmptyFileIsNotABundle() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.jar"));
        assertThrows(NotABundleException.class, () -> BundleFileCheck.check(file));
    }

    @Test
    void anR3BundleWithoutManifestVersion2IsRefused() throws Exception {
        Path jar = TestJars.plain(dir.resolve("r3.jar"), Map.of("Bundle-SymbolicName", "org.old"));
        NotABundleException e = assertThrows(NotABundleException.class, () -> BundleFileCheck.check(jar));
        assertEquals("its manifest does not declare Bundle-ManifestVersion: 2", e.reason());
    }

    @Test
    void anInvalidVersionIsRefused() throws Exception {
        Path jar = TestJars.bundle(dir.resolve("v.jar"), "org.v", "one.two", Map.of());
        NotABundleException e = assertThrows(NotABundleException.class, () -> BundleFileCheck.check(jar));
        assertEquals("its Bundle-Version 'one.two' is not a valid version", e.reason());
    }

    @Test
    void symbolicNameIgnoresDirectivesAndBlanks() {
        assertEquals("org.foo", BundleFileCheck.symbolicName(" org.foo ; singleton:=true"));
        assertEquals(null, BundleFileCheck.symbolicName("  "));
        assertEquals(null, BundleFileCheck.symbolicName(null));
    }
}
