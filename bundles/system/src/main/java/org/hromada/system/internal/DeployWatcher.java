package org.hromada.system.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.audit.AuditLog;
import org.hromada.platform.api.security.Channels;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hromada.platform.api.Hromada;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hot deploy: polls the deploy folder on its own daemon thread and installs, updates and
 * uninstalls the bundles of the jars that appear, change and vanish there. Our own watcher rather
 * than Felix FileInstall, so that every file's failure is recorded and shown by the bundles API.
 * The folder is the single source of truth: the framework cache is clean at each start, so the
 * jars found at activation are installed again.
 */
@Component(service = DeployWatcher.class, immediate = true)
public class DeployWatcher {
    static final String POLL_PROPERTY = "hromada.deploy.poll.ms";
    static final String UPLOAD_PREFIX = ".upload-";
    private static final Logger LOG = LoggerFactory.getLogger(DeployWatcher.class);
    private static final long DEFAULT_POLL_MS = 250;

    /** Read by the REST threads without the lock; written under it. */
    private final Map<String, DeployRecord> records = new ConcurrentHashMap<>();
    /** Serialises the poller and {@link #scanNow()}. */
    private final Object lock = new Object();
    /** The actor of changes made by copying jars into the folder or deleting them. */
    static final String FOLDER_ACTOR = "deploy-folder";
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    private final Set<String> uploadedFiles = ConcurrentHashMap.newKeySet();

    private volatile AuditLog auditLog;

    /** Optional and dynamic: without the security bundle there is no audit log, and nothing waits for one. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindAuditLog(AuditLog log) {
        auditLog = log;
    }

    void unbindAuditLog(AuditLog log) {
        if (auditLog == log) {
            auditLog = null;
        }
    }

    private Path dir;
    private String prefix;
    private long settleMs;
    private FolderScan scan;
    private BundleDeployer deployer;
    private ScheduledExecutorService poller;
    private volatile boolean closed;
    private String listingError;

    @Activate
    void activate(BundleContext context) {
        String configured = context.getProperty(Hromada.DEPLOY_DIR);
        if (configured == null || configured.isBlank()) {
            LOG.warn("Hot deploy is off: the framework property {} is not set", Hromada.DEPLOY_DIR);
            return;
        }
        dir = Path.of(configured).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            deleteStaleUploads(dir);
        } catch (IOException e) {
            LOG.error("Deploy folder {} is not usable: {}", dir, e.toString());
        }
        String uri = dir.toUri().toString();
        prefix = uri.endsWith("/") ? uri : uri + "/";
        long pollMs = pollInterval(context.getProperty(POLL_PROPERTY));
        settleMs = Math.min(pollMs, 100);
        deployer = new BundleDeployer(context, dir, prefix, records, new FolderAudit());
        scan = new FolderScan(deployer.adopt());
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "hromada-deploy-watcher");
            thread.setDaemon(true);
            return thread;
        });
        poller.execute(this::scanNow); // the jars already there, without waiting a poll period
        poller.scheduleWithFixedDelay(this::poll, pollMs, pollMs, TimeUnit.MILLISECONDS);
        LOG.info("Watching {} for bundles every {} ms", dir, pollMs);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        closed = true;
        if (poller != null) {
            poller.shutdownNow();
            poller.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Marks a file as being written or deleted by the bundles API or the console, which record the
     * change in the audit log themselves with the user who made it; until {@link #release}, the
     * folder does not record it again as its own.
     */
    void claim(String file) {
        claimed.add(file);
    }

    void release(String file) {
        claimed.remove(file);
    }

    /** Remembers that a file came by upload (API or console), until the server stops. */
    void uploaded(String file) {
        uploadedFiles.add(file);
    }

    /** Whether a deploy file came by upload since the server started. */
    boolean wasUploaded(String file) {
        return file != null && uploadedFiles.contains(file);
    }

    /** Records a change in the audit log, when there is one. */
    void audit(AuditEntry entry) {
        AuditLog log = auditLog;
        if (log != null) {
            log.record(entry);
        }
    }

    /** Changes made by copying or deleting jars: recorded as the deploy folder's. */
    private final class FolderAudit implements BundleDeployer.Listener {
        @Override
        public void deployed(String file, String symbolicName, String version, boolean update) {
            if (!claimed.contains(file)) {
                audit(BundleAudit.entry(FOLDER_ACTOR, Channels.SYSTEM, update ? BundleAudit.UPDATE : BundleAudit.INSTALL,
                        symbolicName, version));
            }
        }

        @Override
        public void removed(String file, String symbolicName, String version) {
            uploadedFiles.remove(file);
            if (!claimed.contains(file)) {
                audit(BundleAudit.entry(FOLDER_ACTOR, Channels.SYSTEM, BundleAudit.UNINSTALL, symbolicName, version));
            }
        }
    }

    /** The deploy folder, empty when hot deploy is off. */
    public Optional<Path> folder() {
        return Optional.ofNullable(dir);
    }

    /** The location prefix of deployed bundles, or null when hot deploy is off. */
    public String locationPrefix() {
        return prefix;
    }

    /** What is known of each jar in the folder, by file name. */
    public List<DeployRecord> records() {
        return records.values().stream().sorted(Comparator.comparing(DeployRecord::file)).toList();
    }

    /**
     * Scans now and acts on every jar that is complete, waiting for the framework to finish. A jar
     * seen new or changed is looked at again after a short pause, so a file written atomically
     * (as the bundles API does) is acted on within this call.
     */
    public void scanNow() {
        synchronized (lock) {
            if (closed || dir == null) {
                return;
            }
            try {
                if (scanOnce().pending()) {
                    Thread.sleep(settleMs);
                    scanOnce();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | LinkageError e) {
                LOG.error("Deploy folder scan failed", e);
            }
        }
    }

    private void poll() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            // Never let an exception escape: it would cancel the schedule and stop hot deploy.
            try {
                scanOnce();
            } catch (RuntimeException | LinkageError e) {
                LOG.error("Deploy folder scan failed", e);
            }
        }
    }

    private FolderScan.Plan scanOnce() {
        Map<String, FolderScan.Snapshot> files;
        try {
            files = FolderScan.list(dir);
            listingError = null;
        } catch (IOException e) {
            if (!e.toString().equals(listingError)) { // once, not every poll
                LOG.error("Cannot list the deploy folder {}: {}", dir, e.toString());
                listingError = e.toString();
            }
            return new FolderScan.Plan(List.of(), List.of(), List.of(), false);
        }
        FolderScan.Plan plan = scan.next(files);
        if (!plan.isEmpty()) {
            deployer.apply(plan);
        }
        return plan;
    }

    static long pollInterval(String configured) {
        try {
            return configured == null ? DEFAULT_POLL_MS : Math.max(20, Long.parseLong(configured.trim()));
        } catch (NumberFormatException e) {
            LOG.warn("{}={} is not a number of milliseconds; using {}", POLL_PROPERTY, configured, DEFAULT_POLL_MS);
            return DEFAULT_POLL_MS;
        }
    }

    /** Uploads interrupted by a crash leave temporary files; they are never going to be finished. */
    private static void deleteStaleUploads(Path dir) throws IOException {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, UPLOAD_PREFIX + "*")) {
            for (Path file : stale) {
                Files.deleteIfExists(file);
            }
        }
    }
}
