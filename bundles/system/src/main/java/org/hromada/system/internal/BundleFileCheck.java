package org.hromada.system.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipException;
import org.osgi.framework.Version;

/**
 * Tells whether a file is an OSGi bundle before the framework sees it, so that an integrator gets
 * "not an OSGi bundle: it has no Bundle-SymbolicName" instead of a framework stack trace.
 */
final class BundleFileCheck {

    /** What identifies a bundle file: its symbolic name (without directives) and version. */
    record BundleIdentity(String symbolicName, String version) {
    }

    /** The file is not a bundle; {@link #reason()} says why in plain words. */
    static final class NotABundleException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String reason;
        private final String kind;
        private final String[] args;

        NotABundleException(String kind, String reason, String... args) {
            super("not an OSGi bundle: " + reason);
            this.reason = reason;
            this.kind = kind;
            this.args = args.clone();
        }

        String reason() {
            return reason;
        }

        /** Which check failed, the last part of the message key {@code bundle.reason.notABundle.<kind>}. */
        String kind() {
            return kind;
        }

        /** The values the message names. */
        String[] args() {
            return args.clone();
        }

        /** The reason with its message key; {@code sentence} is the English the caller shows. */
        Reason toReason(String sentence) {
            return Reason.of("notABundle." + kind, sentence, args);
        }
    }

    private BundleFileCheck() {
    }

    static BundleIdentity check(Path file) throws NotABundleException {
        Manifest manifest;
        // verify=false: signature checks are the framework's business, we only read headers.
        try (JarFile jar = new JarFile(file.toFile(), false)) {
            manifest = jar.getManifest();
        } catch (ZipException e) {
            throw new NotABundleException("notZip", "it is not a readable zip/jar file (" + e.getMessage() + ")",
                    String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new NotABundleException("unreadable", "it could not be read (" + e.getMessage() + ")",
                    String.valueOf(e.getMessage()));
        }
        if (manifest == null) {
            throw new NotABundleException("noManifest", "it has no META-INF/MANIFEST.MF");
        }
        Attributes main = manifest.getMainAttributes();
        String symbolicName = symbolicName(main.getValue("Bundle-SymbolicName"));
        if (symbolicName == null) {
            throw new NotABundleException("noSymbolicName",
                    "its manifest has no Bundle-SymbolicName (a plain jar is not a bundle)");
        }
        String manifestVersion = main.getValue("Bundle-ManifestVersion");
        if (manifestVersion == null || !manifestVersion.trim().equals("2")) {
            throw new NotABundleException("manifestVersion", "its manifest does not declare Bundle-ManifestVersion: 2"
                    + (manifestVersion == null ? "" : " (it says " + manifestVersion.trim() + ")"),
                    manifestVersion == null ? "—" : manifestVersion.trim());
        }
        String version = main.getValue("Bundle-Version");
        try {
            version = Version.parseVersion(version).toString();
        } catch (IllegalArgumentException e) {
            throw new NotABundleException("badVersion", "its Bundle-Version '" + version.trim() + "' is not a valid version",
                    version.trim());
        }
        return new BundleIdentity(symbolicName, version);
    }

    /** "org.foo;singleton:=true" -> "org.foo"; null when absent or blank. */
    static String symbolicName(String header) {
        if (header == null) {
            return null;
        }
        int semicolon = header.indexOf(';');
        String name = (semicolon < 0 ? header : header.substring(0, semicolon)).trim();
        return name.isEmpty() ? null : name;
    }
}
