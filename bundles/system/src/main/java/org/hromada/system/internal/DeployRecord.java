package org.hromada.system.internal;

/**
 * What the watcher knows of one file in the deploy folder.
 *
 * @param file         the file name in the deploy folder
 * @param bundleId     the installed bundle, or null when the file could not be installed
 * @param symbolicName the bundle's symbolic name, or null when the file is not a bundle
 * @param version      the bundle's version, or null when the file is not a bundle
 * @param deployReason why the file was not installed or updated (not a bundle, refused, refused
 *                     by the framework), or null
 * @param startReason  why the bundle did not start, or null
 * @param unresolved   whether the start problem is that the bundle could not be resolved (the
 *                     diagnostics then say which requirements are missing, in better words)
 */
record DeployRecord(String file, Long bundleId, String symbolicName, String version,
                    Reason deployReason, Reason startReason, boolean unresolved) {

    static DeployRecord installed(String file, long bundleId, String symbolicName, String version) {
        return new DeployRecord(file, bundleId, symbolicName, version, null, null, false);
    }

    static DeployRecord failed(String file, Long bundleId, String symbolicName, String version, Reason problem) {
        return new DeployRecord(file, bundleId, symbolicName, version, problem, null, false);
    }

    static DeployRecord failed(String file, Long bundleId, String symbolicName, String version, String problem) {
        return failed(file, bundleId, symbolicName, version, Reason.other(problem));
    }

    DeployRecord withStartProblem(Reason problem, boolean isUnresolved) {
        return new DeployRecord(file, bundleId, symbolicName, version, deployReason, problem,
                problem != null && isUnresolved);
    }

    /** {@link #deployReason} in the bundles API's words, or null. */
    String deployProblem() {
        return deployReason == null ? null : deployReason.english();
    }

    /** {@link #startReason} in the bundles API's words, or null. */
    String startProblem() {
        return startReason == null ? null : startReason.english();
    }
}
