package org.hromada.system.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.BoundedUpload;
import org.hromada.system.internal.BundleFileCheck.BundleIdentity;
import org.hromada.system.internal.BundleFileCheck.NotABundleException;

/**
 * Installing, updating and uninstalling bundles on behalf of a user, shared by the bundles API and
 * the console: both go through the deploy folder, refuse the server's own bundles the same way,
 * and record each change in the audit log with the user and channel.
 */
final class BundleOperations {
    static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

    /** Why a change was refused; {@link #status()} is the HTTP status, the reason says it in words. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final transient Reason reason;

        Refused(int status, Reason reason) {
            super(reason.english());
            this.status = status;
            this.reason = reason;
        }

        int status() {
            return status;
        }

        Reason reason() {
            return reason;
        }
    }

    /** What an install did: the bundle as it is now, and whether it replaced an installed version. */
    record Installed(BundleEntry entry, boolean update) {
    }

    /** Shared by the API and the console: one upload at a time chooses its file. */
    private static final Object PLACING = new Object();

    private final BundleCatalog catalog;
    private final DeployWatcher watcher;

    BundleOperations(BundleCatalog catalog, DeployWatcher watcher) {
        this.catalog = catalog;
        this.watcher = watcher;
    }

    /** The deploy folder, or a 503 when hot deploy is off. */
    Path folder() throws Refused {
        return watcher.folder().orElseThrow(() -> new Refused(503, Reason.of("deployOff",
                "Hot deploy is off: the server has no deploy folder (hromada.deploy.dir).")));
    }

    /** Receives a jar's bytes into a temporary file in the deploy folder; the caller deletes it. */
    Path receive(InputStream body) throws Refused, IOException {
        Path dir = folder();
        try {
            return JarUpload.receive(body, dir, MAX_UPLOAD_BYTES);
        } catch (BoundedUpload.TooLargeException e) {
            throw tooLarge();
        } catch (BoundedUpload.UnreadableException e) {
            throw new Refused(400, Reason.of("unreadable", "The upload could not be read: " + e.getMessage(),
                    String.valueOf(e.getMessage())));
        }
    }

    /**
     * Puts a received jar in place, installs or updates its bundle, and records the change.
     *
     * @param temp     from {@link #receive}; deleted afterwards, whatever happens
     * @param filename the client's file name, or null
     * @param expected the symbolic name the jar must have (an update from a bundle's page), or null
     */
    Installed install(Path temp, String filename, String expected, Identity who) throws Refused, IOException {
        try {
            Path dir = folder();
            BundleIdentity identity;
            try {
                identity = BundleFileCheck.check(temp);
            } catch (NotABundleException e) {
                throw new Refused(422, e.toReason("The uploaded file is not an OSGi bundle: " + e.reason() + "."));
            }
            String name = identity.symbolicName();
            if (expected != null && !expected.equals(name)) {
                throw new Refused(422, Reason.of("otherBundle", "The uploaded file is bundle " + name + ", not "
                        + expected + ".", name, expected));
            }
            String file;
            boolean update;
            // One upload at a time chooses its file: two uploads must not claim the same one.
            synchronized (PLACING) {
                BundleEntry existing = catalog.find(name).orElse(null);
                refuseShipped(existing);
                update = existing != null && existing.id() != null;
                try {
                    file = UploadTarget.fileFor(name, filename, watcher.records());
                } catch (UploadTarget.RefusedException e) {
                    throw new Refused(e.conflict() ? 409 : 400, e.conflict()
                            ? Reason.of("fileTaken", e.getMessage(), filename == null ? "" : filename.strip())
                            : Reason.of("badFilename", e.getMessage(), filename == null ? "" : filename.strip()));
                }
                watcher.claim(file);
                try {
                    Files.move(temp, dir.resolve(file), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException | RuntimeException e) {
                    watcher.release(file);
                    throw e;
                }
            }
            try {
                watcher.uploaded(file);
                watcher.scanNow();
                if (succeeded(file)) {
                    watcher.audit(BundleAudit.entry(who.username(), who.channel(),
                            update ? BundleAudit.UPDATE : BundleAudit.INSTALL, name, identity.version()));
                }
            } finally {
                watcher.release(file);
            }
            String placed = file;
            BundleEntry entry = catalog.find(name).orElseGet(() -> catalog.find(placed).orElseThrow());
            return new Installed(entry, update);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes a deployed bundle's file, and with it the bundle; records the change. */
    BundleEntry uninstall(String symbolicName, Identity who) throws Refused, IOException {
        BundleEntry entry = catalog.find(symbolicName).orElseThrow(() -> unknown(symbolicName));
        refuseShipped(entry);
        Path dir = folder();
        watcher.claim(entry.file());
        try {
            boolean existed = Files.deleteIfExists(dir.resolve(entry.file()));
            watcher.scanNow();
            if (existed && entry.id() != null && catalog.bundle(entry.id()).isEmpty()) {
                watcher.audit(BundleAudit.entry(who.username(), who.channel(), BundleAudit.UNINSTALL,
                        entry.symbolicName() == null ? entry.file() : entry.symbolicName(), entry.version()));
            }
        } finally {
            watcher.release(entry.file());
        }
        return entry;
    }

    /** Whether the file's bundle is installed from it now, without a deploy problem. */
    private boolean succeeded(String file) {
        List<DeployRecord> records = watcher.records();
        return records.stream().anyMatch(r -> r.file().equals(file) && r.bundleId() != null && r.deployReason() == null);
    }

    /** Bundles of the server itself are managed by its installation, not through the API or console. */
    static void refuseShipped(BundleEntry entry) throws Refused {
        if (entry == null || entry.origin().equals(BundleOrigin.DEPLOY.json())) {
            return;
        }
        boolean framework = entry.origin().equals(BundleOrigin.FRAMEWORK.json());
        String what = framework ? "is the OSGi framework itself" : "ships with the server (bundles/)";
        throw new Refused(409, Reason.of(framework ? "protectedFramework" : "protectedCore", "Bundle "
                + entry.symbolicName() + " " + what + "; it cannot be installed, replaced or removed through this API.",
                entry.symbolicName()));
    }

    static Refused unknown(String symbolicName) {
        return new Refused(404, Reason.of("unknown", "No bundle has the symbolic name " + symbolicName
                + ", and no deploy file has that name.", symbolicName));
    }

    static Refused tooLarge() {
        long mb = MAX_UPLOAD_BYTES / (1024 * 1024);
        return new Refused(413, Reason.of("tooLarge", "A bundle may be at most " + mb + " MB.", String.valueOf(mb)));
    }

    /** Whether a bundle can be updated or uninstalled here: it came from the deploy folder. */
    static boolean managed(BundleEntry entry) {
        return entry.origin().equals(BundleOrigin.DEPLOY.json());
    }
}
