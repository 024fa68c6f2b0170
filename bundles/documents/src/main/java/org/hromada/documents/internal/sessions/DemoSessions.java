package org.hromada.documents.internal.sessions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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
 * the demo documents by kind and number; when those are not loaded the links stay empty. Outside
 * demo mode it does nothing.
 */
@Component(service = DemoSessions.class, immediate = true)
public class DemoSessions {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSessions.class);

    @Reference(target = "(osgi.unit.name=org.hromada.documents)")
    private Transactions tx;

    @Activate
    void activate(BundleContext context) {
        if (!Boolean.parseBoolean(context.getProperty("hromada.demo"))) {
            return;
        }
        String script = read(context.getBundle().getEntry("demo/sessions.sql"));
        long loaded = tx.inTransaction(em -> {
            long existing = em.createQuery("select count(s) from SessionEntity s", Long.class).getSingleResult();
            if (existing > 0) {
                return 0L;
            }
            for (String statement : SqlScript.split(script)) {
                em.createNativeQuery(statement).executeUpdate();
            }
            return em.createQuery("select count(s) from SessionEntity s", Long.class).getSingleResult();
        });
        if (loaded > 0) {
            LOG.info("Demo mode: loaded {} demo sessions", loaded);
        }
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + url, e);
        }
    }
}
