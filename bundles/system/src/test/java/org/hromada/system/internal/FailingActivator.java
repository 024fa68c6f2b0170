package org.hromada.system.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Packed into a test bundle whose activator throws. */
public class FailingActivator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException("boom in the activator");
    }

    @Override
    public void stop(BundleContext context) {
    }
}
