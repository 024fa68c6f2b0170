package org.hromada.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes what the system bundle exports from the flat classpath: the Export-Package of jars that
 * carry an OSGi manifest (directives dropped), and every package of jars that do not (Flyway,
 * hibernate-models), versioned by the jar's own version. This keeps the export list true to the
 * jars that ship, with no hand-kept list.
 */
final class SystemPackages {
    private static final Pattern NUMERIC_VERSION = Pattern.compile("^(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

    private SystemPackages() {
    }

    static String exportClause(String[] classpath) throws IOException {
        Set<String> exports = new TreeSet<>();
        for (String entry : classpath) {
            if (!entry.endsWith(".jar")) {
                continue;
            }
            try (JarFile jar = new JarFile(entry)) {
                Manifest manifest = jar.getManifest();
                Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
                String symbolicName = main.getValue("Bundle-SymbolicName");
                if (symbolicName != null && symbolicName.startsWith("org.apache.felix.framework")) {
                    continue; // the framework exports its own packages
                }
                if (Path.of(entry).getFileName().toString().startsWith("hromada-launcher")) {
                    continue;
                }
                String exportPackage = main.getValue("Export-Package");
                if (exportPackage != null) {
                    for (String clause : HeaderClauses.split(exportPackage)) {
                        exports.add(exportOf(clause));
                    }
                } else {
                    String version = osgiVersion(firstNonNull(main.getValue("Bundle-Version"),
                            main.getValue("Implementation-Version"), main.getValue("Specification-Version")));
                    for (String pkg : packagesOf(jar)) {
                        exports.add(pkg + ";version=\"" + version + "\"");
                    }
                }
            }
        }
        return String.join(",", exports);
    }

    /** {@code a.b;a.c;version="1.2";uses:="x"} -> {@code a.b;version="1.2",a.c;version="1.2"}. */
    static String exportOf(String clause) {
        String[] parts = HeaderClauses.splitParameters(clause);
        Set<String> names = new LinkedHashSet<>();
        String version = null;
        for (String part : parts) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq < 0) {
                names.add(p);
            } else if (p.startsWith("version=") || p.startsWith("specification-version=")) {
                version = p.substring(eq + 1).replace("\"", "").trim();
            }
        }
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(name);
            if (version != null) {
                out.append(";version=\"").append(version).append('"');
            }
        }
        return out.toString();
    }

    private static Set<String> packagesOf(JarFile jar) {
        Set<String> packages = new TreeSet<>();
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.endsWith(".class") && !name.startsWith("META-INF/") && name.indexOf('/') > 0) {
                packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
            }
        }
        return packages;
    }

    static String osgiVersion(String raw) {
        if (raw == null) {
            return "0.0.0";
        }
        Matcher m = NUMERIC_VERSION.matcher(raw.trim());
        if (!m.find()) {
            return "0.0.0";
        }
        return m.group(1) + "." + (m.group(2) == null ? "0" : m.group(2)) + "." + (m.group(3) == null ? "0" : m.group(3));
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
