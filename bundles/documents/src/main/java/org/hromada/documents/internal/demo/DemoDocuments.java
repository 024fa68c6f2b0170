package org.hromada.documents.internal.demo;

import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.SqlScripts;
import org.hromada.platform.api.persistence.Transactions;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode ({@code demo=true}): loads a small city's register for 2026 (demo/documents.sql) into an
 * empty register. Outside demo mode, or when the register has documents, it does nothing. A service so
 * that demo data which refers to these documents can start after it.
 */
@Component(service = DemoDocuments.class, immediate = true)
public class DemoDocuments {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDocuments.class);

    @Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.documents)")
    private Transactions tx;

    @Activate
    void activate(BundleContext context) {
        if (!Boolean.parseBoolean(context.getProperty("hromada.demo"))) {
            return;
        }
        int loaded = tx.inTransaction(em -> {
            long existing = em.createQuery("select count(d) from DocumentEntity d", Long.class).getSingleResult();
            if (existing > 0) {
                return 0;
            }
            for (String statement : SqlScripts.read(context.getBundle().getEntry("demo/documents.sql"))) {
                em.createNativeQuery(statement).executeUpdate();
            }
            return em.createQuery("select count(d) from DocumentEntity d", Long.class).getSingleResult().intValue();
        });
        if (loaded > 0) {
            LOG.info("Demo mode: loaded {} demo documents", loaded);
        }
    }
}
