package org.hromada.persistence.internal;

import jakarta.persistence.EntityManagerFactory;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hromada.platform.api.persistence.Database;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The persistence of one bundle: its migrations, its ORM unit and the services publishing it. */
final class BundleUnit {
    private static final Logger LOG = LoggerFactory.getLogger(BundleUnit.class);

    private final Bundle bundle;
    private final Database database;
    private final List<String> entityPackages;
    private final String migrationsFolder;
    private SessionFactory sessionFactory;
    private ServiceRegistration<?> emfRegistration;
    private ServiceRegistration<?> txRegistration;

    BundleUnit(Bundle bundle, Database database, List<String> entityPackages, String migrationsFolder) {
        this.bundle = bundle;
        this.database = database;
        this.entityPackages = entityPackages;
        this.migrationsFolder = migrationsFolder;
    }

    void start() throws Exception {
        long started = System.nanoTime();
        String name = bundle.getSymbolicName();
        int applied = 0;
        if (migrationsFolder != null) {
            // One bundle's migrations at a time: H2 locks its whole catalogue for a transaction's DDL, and
            // two bundles altering tables at once made one wait past the lock timeout and fail.
            synchronized (database) {
                applied = MigrationRunner.migrate(database.dataSource(), MigrationRunner.historyTable(name),
                        BundleScan.migrations(bundle, migrationsFolder.trim()));
            }
        }
        List<Class<?>> entities = BundleScan.entities(bundle, entityPackages);
        if (!entities.isEmpty()) {
            ClassLoader loader = bundle.adapt(BundleWiring.class).getClassLoader();
            sessionFactory = UnitFactory.build(database.dataSource(), database.kind(), entities, loader, name);
            register(bundle.getBundleContext(), name);
        }
        LOG.info("Persistence for {}: {} migrations applied, {} entities, {} ms", name, applied,
                entities.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private void register(BundleContext context, String name) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(PersistenceUnit.UNIT_NAME, name);
        // Registered in the owner's context: the services vanish with the bundle even if we lag.
        emfRegistration = context.registerService(EntityManagerFactory.class, sessionFactory, props);
        txRegistration = context.registerService(Transactions.class, new UnitTransactions(sessionFactory), props);
    }

    void stop() {
        unregister(txRegistration);
        unregister(emfRegistration);
        if (sessionFactory != null) {
            sessionFactory.close();
            sessionFactory = null;
            LOG.info("Persistence unit of {} closed", bundle.getSymbolicName());
        }
    }

    private static void unregister(ServiceRegistration<?> registration) {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle stopped first, which unregistered it
            }
        }
    }
}
