package org.hromada.system.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which deployed bundles are refused, and why. */
final class DeployRules {

    private DeployRules() {
    }

    /**
     * @param coreNames          symbolic names of the framework and of the bundles in bundles/
     * @param deployedFileByName symbolic name -> file of the bundles installed from the deploy folder
     * @return why the file must not be installed, or empty
     */
    static Optional<String> refusal(String symbolicName, String file, Set<String> coreNames,
                                    Map<String, String> deployedFileByName) {
        return refusalReason(symbolicName, file, coreNames, deployedFileByName).map(Reason::english);
    }

    /** {@link #refusal} with its message key. */
    static Optional<Reason> refusalReason(String symbolicName, String file, Set<String> coreNames,
                                          Map<String, String> deployedFileByName) {
        if (coreNames.contains(symbolicName)) {
            return Optional.of(Reason.of("refusedCore", "refused: bundle " + symbolicName
                    + " ships with the server (bundles/); a deployed jar cannot replace it", symbolicName));
        }
        String other = deployedFileByName.get(symbolicName);
        if (other != null && !other.equals(file)) {
            return Optional.of(Reason.of("refusedDuplicate", "refused: bundle " + symbolicName
                    + " is already deployed from " + other + "; replace or delete that file instead", symbolicName, other));
        }
        return Optional.empty();
    }
}
