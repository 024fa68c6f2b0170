package org.hromada.persistence.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hromada.platform.api.health.HealthCheck;
import org.hromada.platform.api.persistence.Database;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistence extender: for every active bundle that declares {@code Hromada-Entities} or
 * {@code Hromada-Migrations}, migrate its tables and publish its ORM unit; withdraw the unit when
 * the bundle stops. Units are built off the framework thread, two at a time, so a slow unit never
 * holds up the start of other bundles.
 */
@Component(service = HealthCheck.class, immediate = true)
public class PersistenceExtender implements BundleTrackerCustomizer<Future<BundleUnit>>, HealthCheck {
    private static final Logger LOG = LoggerFactory.getLogger(PersistenceExtender.class);

    @Reference
    private Database database;

    private ExecutorService executor;
    private BundleTracker<Future<BundleUnit>> tracker;

    @Activate
    void activate(BundleContext context) {
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "hromada-persistence-units");
            t.setDaemon(true);
            return t;
        });
        tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        executor.shutdownNow();
    }

    @Override
    public String name() {
        return "persistence";
    }

    /** Up once every unit that is due has been built (or has failed and been reported). */
    @Override
    public boolean isUp() {
        return tracker != null && tracker.getTracked().values().stream().allMatch(Future::isDone);
    }

    @Override
    public Future<BundleUnit> addingBundle(Bundle bundle, BundleEvent event) {
        String entities = bundle.getHeaders().get(PersistenceUnit.ENTITIES_HEADER);
        String migrations = bundle.getHeaders().get(PersistenceUnit.MIGRATIONS_HEADER);
        if (entities == null && migrations == null) {
            return null;
        }
        return executor.submit(() -> start(bundle, entities, migrations));
    }

    private BundleUnit start(Bundle bundle, String entities, String migrations) {
        BundleUnit unit = new BundleUnit(bundle, database, BundleScan.headerList(entities), migrations);
        try {
            unit.start();
            return unit;
        } catch (Exception | LinkageError e) {
            LOG.error("Persistence for bundle {} failed: {}", bundle.getSymbolicName(), e.toString(), e);
            unit.stop();
            return null;
        }
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Future<BundleUnit> unit) {
        // STARTING -> ACTIVE changes nothing for the unit.
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Future<BundleUnit> future) {
        // Runs on the thread stopping the bundle: wait for a unit still being built, then close it.
        try {
            BundleUnit unit = future.get(2, TimeUnit.MINUTES);
            if (unit != null) {
                unit.stop();
            }
        } catch (ExecutionException | TimeoutException | CancellationException e) {
            LOG.warn("Persistence for bundle {} not closed cleanly: {}", bundle.getSymbolicName(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
