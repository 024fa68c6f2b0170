package org.hromada.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemPackagesTest {

    @Test
    void exportClausesKeepNamesAndVersionsAndDropDirectives() {
        assertEquals("a.b;version=\"1.2.0\",a.c;version=\"1.2.0\"",
                SystemPackages.exportOf("a.b;a.c;version=\"1.2.0\";uses:=\"x.y,z\""));
        assertEquals("org.slf4j", SystemPackages.exportOf("org.slf4j"));
    }

    @Test
    void headersSplitOutsideQuotesOnly() {
        assertEquals(List.of("a;uses:=\"x,y\"", "b;version=1"), HeaderClauses.split("a;uses:=\"x,y\", b;version=1"));
    }

    @Test
    void mavenVersionsBecomeOsgiVersions() {
        assertEquals("12.4.0", SystemPackages.osgiVersion("12.4.0"));
        assertEquals("7.4.13", SystemPackages.osgiVersion("7.4.13.Final"));
        assertEquals("2.0.0", SystemPackages.osgiVersion("2"));
        assertEquals("0.0.0", SystemPackages.osgiVersion(null));
    }

    @Test
    void jarsWithoutOsgiManifestExportEveryPackageTheyHold(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "3.1-beta");
        try (OutputStream out = Files.newOutputStream(plain); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new JarEntry("org/acme/lib/Thing.class"));
            jar.putNextEntry(new JarEntry("org/acme/lib/impl/Other.class"));
            jar.putNextEntry(new JarEntry("META-INF/versions/11/org/acme/X.class"));
        }
        String clause = SystemPackages.exportClause(new String[] {plain.toString()});
        assertEquals("org.acme.lib.impl;version=\"3.1.0\",org.acme.lib;version=\"3.1.0\"", clause);
        assertTrue(!clause.contains("META-INF"));
    }
}
