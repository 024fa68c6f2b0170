package org.hromada.site.internal;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import org.hromada.platform.api.site.SiteContribution;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks the active bundles whose manifest names a templates folder ({@code Hromada-Templates})
 * and hands them to the layers, ordered by bundle id (first installed first), so two bundles that
 * ship the same template path resolve the same way on every start. Each change clears the caches.
 */
final class TemplateBundles implements BundleTrackerCustomizer<BundleFolder> {
    private static final Logger LOG = LoggerFactory.getLogger(TemplateBundles.class);

    private final ThemeLayers layers;
    private final Runnable onChange;
    private final Map<Long, BundleFolder> folders = new TreeMap<>();

    TemplateBundles(ThemeLayers layers, Runnable onChange) {
        this.layers = layers;
        this.onChange = onChange;
    }

    @Override
    public BundleFolder addingBundle(Bundle bundle, BundleEvent event) {
        String header = bundle.getHeaders("").get(SiteContribution.TEMPLATES_HEADER); // "": raw, not localized
        if (header == null || header.isBlank()) {
            return null;
        }
        String folder = header.split(";", 2)[0].trim();
        BundleFolder templates = new BundleFolder(bundle, folder);
        synchronized (this) {
            folders.put(bundle.getBundleId(), templates);
            publish();
        }
        LOG.info("Templates of {} added from its folder {}", bundle.getSymbolicName(), folder);
        return templates;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, BundleFolder templates) {
        // Still active: nothing changed for us.
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, BundleFolder templates) {
        synchronized (this) {
            folders.remove(bundle.getBundleId());
            publish();
        }
        LOG.info("Templates of {} removed", bundle.getSymbolicName());
    }

    private void publish() {
        layers.setBundles(new ArrayList<>(folders.values()));
        onChange.run();
    }
}
