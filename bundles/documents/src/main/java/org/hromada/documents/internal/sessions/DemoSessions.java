package org.hromada.documents.internal.sessions;

import org.hromada.documents.internal.demo.DemoDocuments;
import org.hromada.platform.api.persistence.SqlScripts;
import org.hromada.platform.api.persistence.Transactions;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode ({@code demo=true}): loads demo/sessions.sql (three plenary sessions of the fictional
 * Khmarivka council, with agenda and roll-call votes) into an empty session table. Agenda items link
 * the demo documents by kind and number, so it starts after {@link DemoDocuments}. Outside demo mode
 * it does nothing.
 */
@Component(service = DemoSessions.class, immediate = true)
public class DemoSessions {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSessions.class);

    @Reference(target = "(osgi.unit.name=org.hromada.documents)")
    private Transactions tx;

    /** Only so that the demo documents the agenda links to are loaded first. */
    @Reference
    private DemoDocuments documents;

    @Activate
    void activate(BundleContext context) {
        if (!Boolean.parseBoolean(context.getProperty("hromada.demo"))) {
            return;
        }
        long loaded = tx.inTransaction(em -> {
            long existing = em.createQuery("select count(s) from SessionEntity s", Long.class).getSingleResult();
            if (existing > 0) {
                return 0L;
            }
            for (String statement : SqlScripts.read(context.getBundle().getEntry("demo/sessions.sql"))) {
                em.createNativeQuery(statement).executeUpdate();
            }
            return em.createQuery("select count(s) from SessionEntity s", Long.class).getSingleResult();
        });
        if (loaded > 0) {
            LOG.info("Demo mode: loaded {} demo sessions", loaded);
        }
    }
}
