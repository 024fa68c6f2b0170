package org.hromada.system.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hromada.system.internal.BundleFileCheck.BundleIdentity;
import org.hromada.system.internal.BundleFileCheck.NotABundleException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a scan's plan on the framework: install, update, uninstall, refresh, start. Every
 * failure is recorded against its file and logged; none stops the others.
 */
final class BundleDeployer {
    private static final Logger LOG = LoggerFactory.getLogger(BundleDeployer.class);
    private static final long REFRESH_TIMEOUT_SECONDS = 60;

    private final BundleContext context;
    private final Path dir;
    private final String prefix;
    private final Map<String, DeployRecord> records;

    /** Told of every bundle the folder installed, updated or removed (for the audit log). */
    interface Listener {
        void deployed(String file, String symbolicName, String version, boolean update);

        void removed(String file, String symbolicName, String version);
    }

    private final Listener listener;

    BundleDeployer(BundleContext context, Path dir, String prefix, Map<String, DeployRecord> records, Listener listener) {
        this.listener = listener;
        this.context = context;
        this.dir = dir;
        this.prefix = prefix;
        this.records = records;
    }

    /**
     * The files whose bundles are installed already (this bundle was restarted while the
     * framework kept running); they are recorded and will be updated or removed by the next scans.
     */
    Set<String> adopt() {
        Set<String> files = new HashSet<>();
        for (Bundle bundle : deployed()) {
            String file = BundleOrigin.fileNameOf(bundle.getLocation());
            if (file != null) {
                files.add(file);
                records.put(file, DeployRecord.installed(file, bundle.getBundleId(), bundle.getSymbolicName(),
                        bundle.getVersion().toString()));
            }
        }
        return files;
    }

    void apply(FolderScan.Plan plan) {
        List<Bundle> refresh = new ArrayList<>();
        plan.removed().forEach(file -> remove(file, refresh));
        plan.changed().forEach(file -> deploy(file, refresh));
        plan.added().forEach(file -> deploy(file, refresh));
        refresh(refresh);
        // Start everything deployed that is not running, not only the new files: a bundle that
        // failed for want of a package starts once the bundle providing it is deployed.
        startAll();
    }

    private void remove(String file, List<Bundle> refresh) {
        records.remove(file);
        Bundle bundle = context.getBundle(BundleOrigin.locationOf(dir.resolve(file)));
        if (uninstall(bundle, file, refresh)) {
            listener.removed(file, bundle.getSymbolicName(), bundle.getVersion().toString());
        }
    }

    private void deploy(String file, List<Bundle> refresh) {
        String location = BundleOrigin.locationOf(dir.resolve(file));
        Bundle existing = context.getBundle(location);
        BundleIdentity identity;
        try {
            identity = BundleFileCheck.check(dir.resolve(file));
        } catch (NotABundleException e) {
            // The folder is the source of truth: a jar replaced by a broken one no longer runs.
            uninstall(existing, file, refresh);
            fail(DeployRecord.failed(file, null, null, null, e.toReason(e.getMessage())));
            return;
        }
        String name = identity.symbolicName();
        Optional<Reason> refusal = DeployRules.refusalReason(name, file, coreNames(), deployedFileByName());
        if (refusal.isPresent()) {
            uninstall(existing, file, refresh);
            fail(DeployRecord.failed(file, null, name, identity.version(), refusal.get()));
            return;
        }
        try (InputStream in = Files.newInputStream(dir.resolve(file))) {
            Bundle bundle;
            if (existing != null) {
                existing.update(in);
                refresh.add(existing);
                bundle = existing;
            } else {
                bundle = context.installBundle(location, in);
            }
            records.put(file, DeployRecord.installed(file, bundle.getBundleId(), name, identity.version()));
            LOG.info("Deploy folder: {} {} {} from {}", existing == null ? "installed" : "updated", name,
                    identity.version(), file);
            listener.deployed(file, name, identity.version(), existing != null);
        } catch (BundleException | IOException | RuntimeException e) {
            String detail = FailureMessages.describe(e);
            Reason problem = existing == null ? Reason.of("installFailed", "could not be installed: " + detail, detail)
                    : Reason.of("updateFailed", "could not be updated, the previous version stays: " + detail, detail);
            fail(DeployRecord.failed(file, existing == null ? null : existing.getBundleId(), name,
                    identity.version(), problem));
        }
    }

    private boolean uninstall(Bundle bundle, String file, List<Bundle> refresh) {
        if (bundle == null) {
            return false;
        }
        try {
            bundle.uninstall();
            refresh.add(bundle);
            LOG.info("Deploy folder: uninstalled {} ({})", bundle.getSymbolicName(), file);
            return true;
        } catch (BundleException | RuntimeException e) {
            LOG.error("Deploy folder: could not uninstall {} ({}): {}", bundle.getSymbolicName(), file, FailureMessages.describe(e));
            return false;
        }
    }

    /** Re-wires dependants of updated or removed bundles, and waits until the framework is done. */
    private void refresh(List<Bundle> bundles) {
        if (bundles.isEmpty()) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(bundles, event -> done.countDown());
        try {
            if (!done.await(REFRESH_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Deploy folder: the framework did not finish refreshing in {} s", REFRESH_TIMEOUT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void startAll() {
        for (Bundle bundle : deployed()) {
            boolean waiting = (bundle.getState() & (Bundle.INSTALLED | Bundle.RESOLVED)) != 0;
            if (!waiting || bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            String file = BundleOrigin.fileNameOf(bundle.getLocation());
            if (file == null) {
                continue;
            }
            DeployRecord record = records.getOrDefault(file, DeployRecord.installed(file, bundle.getBundleId(),
                    bundle.getSymbolicName(), bundle.getVersion().toString()));
            try {
                bundle.start(); // persistent, like the launcher's bundles
                records.put(file, record.withStartProblem(null, false));
                LOG.info("Deploy folder: started {} ({})", bundle.getSymbolicName(), file);
            } catch (BundleException | RuntimeException e) {
                String detail = FailureMessages.describe(e);
                Reason problem = Reason.of("didNotStart", "did not start: " + detail, detail);
                if (!problem.equals(record.startReason())) { // retried after every change: log once
                    LOG.error("Deploy folder: {} ({}) {}", bundle.getSymbolicName(), file, problem.english());
                }
                records.put(file, record.withStartProblem(problem, bundle.getState() == Bundle.INSTALLED));
            }
        }
    }

    private void fail(DeployRecord record) {
        records.put(record.file(), record);
        LOG.error("Deploy folder: {}: {}", record.file(), record.deployProblem());
    }

    private List<Bundle> deployed() {
        List<Bundle> bundles = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (BundleOrigin.of(bundle.getBundleId(), bundle.getLocation(), prefix) == BundleOrigin.DEPLOY) {
                bundles.add(bundle);
            }
        }
        return bundles;
    }

    private Set<String> coreNames() {
        Set<String> names = new HashSet<>(Set.of(Constants.SYSTEM_BUNDLE_SYMBOLICNAME));
        Arrays.stream(context.getBundles())
                .filter(b -> BundleOrigin.of(b.getBundleId(), b.getLocation(), prefix) != BundleOrigin.DEPLOY)
                .filter(b -> b.getSymbolicName() != null)
                .forEach(b -> names.add(b.getSymbolicName()));
        return names;
    }

    private Map<String, String> deployedFileByName() {
        Map<String, String> files = new HashMap<>();
        for (DeployRecord record : records.values()) {
            if (record.bundleId() != null && record.symbolicName() != null) {
                files.put(record.symbolicName(), record.file());
            }
        }
        return files;
    }
}
