package org.hromada.content.internal.cover;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.hromada.content.internal.entities.ContentItemEntity;
import org.hromada.content.internal.store.DemoContent;
import org.hromada.platform.api.media.MediaFile;
import org.hromada.platform.api.media.MediaLibrary;
import org.hromada.platform.api.media.MediaUpload;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Identity;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode with the media library present: gives the newest demo news cover images, drawn at start
 * ({@link DemoPictures}), when no item has a cover yet. Runs after the demo content is loaded (it
 * references {@link DemoContent}) on a thread of its own, so start-up does not wait for it.
 */
@Component(immediate = true)
public class DemoCovers {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCovers.class);
    private static final int COVERS = 4;
    private static final Identity DEMO = new Identity("demo", Set.of(), Channels.SYSTEM);

    @Reference(target = "(osgi.unit.name=org.hromada.content)")
    private Transactions tx;
    /** Optional, so that without the media bundle nothing waits; greedy, so it runs when the library comes. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
    private MediaLibrary media;
    @Reference
    private DemoContent demoContent;

    private Thread worker;

    @Activate
    void activate(BundleContext context) {
        if (media == null || !Boolean.parseBoolean(context.getProperty("hromada.demo"))) {
            return;
        }
        worker = new Thread(this::addCovers, "hromada-demo-covers");
        worker.setDaemon(true);
        worker.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (worker != null) {
            worker.interrupt();
            worker.join(5000);
        }
    }

    private void addCovers() {
        try {
            List<ContentItemEntity> news = tx.read(em -> {
                long covered = em.createQuery("select count(i) from ContentItemEntity i where i.coverId is not null",
                        Long.class).getSingleResult();
                return covered > 0 ? List.<ContentItemEntity>of() : em.createQuery("from ContentItemEntity i"
                                + " where i.type = 'news' and i.status = 'published' order by i.publishedAt desc",
                        ContentItemEntity.class).setMaxResults(COVERS).getResultList();
            });
            int n = 0;
            for (ContentItemEntity item : news) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                MediaFile cover = media.store(new MediaUpload(new ByteArrayInputStream(jpeg(n)),
                        "demo-cover-" + (n + 1) + ".jpg", DemoPictures.ALT, null, DEMO));
                long id = item.getId();
                tx.run(em -> em.find(ContentItemEntity.class, id).setCoverId(cover.id()));
                n++;
            }
            if (n > 0) {
                LOG.info("Demo mode: drew cover images for {} news items", n);
            }
        } catch (RuntimeException | IOException e) {
            LOG.warn("Demo mode: no cover images ({})", e.toString());
        }
    }

    private static byte[] jpeg(int variant) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(DemoPictures.landscape(1600, 900, variant), "jpeg", out);
        return out.toByteArray();
    }
}
