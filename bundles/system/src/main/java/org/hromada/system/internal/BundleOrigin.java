package org.hromada.system.internal;

import java.net.URI;
import java.nio.file.Path;

/** Where a bundle comes from: the framework itself, the server's bundles/, or the deploy folder. */
enum BundleOrigin {
    FRAMEWORK("framework"), CORE("core"), DEPLOY("deploy");

    private final String json;

    BundleOrigin(String json) {
        this.json = json;
    }

    /** The name the bundles API uses. */
    String json() {
        return json;
    }

    /**
     * @param deployPrefix the location prefix of deployed bundles (the deploy folder's URI ending
     *                     in '/'), or null when hot deploy is off
     */
    static BundleOrigin of(long bundleId, String location, String deployPrefix) {
        if (bundleId == 0) {
            return FRAMEWORK;
        }
        return deployPrefix != null && location != null && location.startsWith(deployPrefix) ? DEPLOY : CORE;
    }

    /** The location of a deployed file: its URI, as the launcher does for bundles/. */
    static String locationOf(Path file) {
        return file.toUri().toString();
    }

    /** The file name a deploy location points at (decoded), or null if it is not a file URI. */
    static String fileNameOf(String location) {
        try {
            return Path.of(URI.create(location)).getFileName().toString();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
