package org.hromada.system.internal;

import java.util.List;

/**
 * One bundle in the bundles API, or one deploy file that could not be installed (state FAILED).
 *
 * @param id           the framework's bundle id; null for a file that is not installed
 * @param symbolicName the Bundle-SymbolicName; null for a file that is not a bundle
 * @param name         the Bundle-Name, if any
 * @param version      the bundle's version
 * @param state        INSTALLED, RESOLVED, STARTING, STOPPING, ACTIVE, or FAILED
 * @param origin       framework, core (ships in bundles/) or deploy
 * @param file         the file in the deploy folder; for origin deploy only
 * @param problems     why it is not working, in plain words; empty when it works
 */
public record BundleEntry(Long id, String symbolicName, String name, String version, String state,
                          String origin, String file, List<String> problems) {
    static final String FAILED = "FAILED";

    public BundleEntry {
        problems = List.copyOf(problems);
    }
}
