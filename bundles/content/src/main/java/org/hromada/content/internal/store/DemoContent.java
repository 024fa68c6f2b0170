package org.hromada.content.internal.store;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.hromada.content.internal.entities.ContentItemEntity;
import org.hromada.platform.api.persistence.SqlScripts;
import org.hromada.platform.api.persistence.Transactions;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode ({@code demo=true}): loads the demo site (demo/content.sql: a fictional council's news,
 * announcements, pages) into an empty content table, then announces every item as published so
 * that the search index and caches pick them up. Outside demo mode it does nothing. A service only so
 * that {@code DemoCovers} can start after it.
 */
@Component(service = DemoContent.class, immediate = true)
public class DemoContent {
    private static final Logger LOG = LoggerFactory.getLogger(DemoContent.class);

    @Reference(target = "(osgi.unit.name=org.hromada.content)")
    private Transactions tx;

    @Reference
    private ContentEvents events;

    @Activate
    void activate(BundleContext context) {
        if (!Boolean.parseBoolean(context.getProperty("hromada.demo"))) {
            return;
        }
        URL script = context.getBundle().getEntry("demo/content.sql");
        List<ContentEvents.Pending> loaded = tx.inTransaction(em -> {
            long existing = em.createQuery("select count(i) from ContentItemEntity i", Long.class).getSingleResult();
            if (existing > 0) {
                return List.<ContentEvents.Pending>of();
            }
            for (String statement : SqlScripts.read(script)) {
                em.createNativeQuery(statement).executeUpdate();
            }
            return em.createQuery("from ContentItemEntity i where i.status = 'published'", ContentItemEntity.class)
                    .getResultList().stream().map(ContentEvents::published).toList();
        });
        if (!loaded.isEmpty()) {
            events.post(new ArrayList<>(loaded));
            LOG.info("Demo mode: loaded {} demo content items", loaded.size());
        }
    }
}
