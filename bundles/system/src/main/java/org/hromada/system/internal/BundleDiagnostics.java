package org.hromada.system.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Why a bundle is not active, in plain words: each mandatory requirement nothing installed
 * satisfies, then what the deploy folder recorded. (DS components are {@link ComponentWording}'s.)
 */
final class BundleDiagnostics {
    private final FrameworkWiring wiring;
    private final String runningJava;

    BundleDiagnostics(FrameworkWiring wiring, String runningJava) {
        this.wiring = wiring;
        this.runningJava = runningJava;
    }

    /** @param record what the deploy folder knows of the bundle, or null */
    List<String> problems(Bundle bundle, DeployRecord record) {
        return reasons(bundle, record).stream().map(Reason::english).toList();
    }

    /** {@link #problems} with their message keys. */
    List<Reason> reasons(Bundle bundle, DeployRecord record) {
        List<Reason> problems = new ArrayList<>();
        if (record != null && record.deployReason() != null) {
            problems.add(record.deployReason());
        }
        Reason startProblem = record == null ? null : record.startReason();
        boolean fragment = bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
        switch (bundle.getState()) {
            case Bundle.INSTALLED -> {
                List<Reason> missing = missingRequirements(bundle);
                problems.addAll(missing);
                // The resolver's own message only when our words found nothing better.
                if (startProblem != null && (missing.isEmpty() || !record.unresolved())) {
                    problems.add(startProblem);
                } else if (missing.isEmpty()) {
                    problems.add(Reason.of("notResolved", "is not resolved, though every requirement it has is provided:"
                            + " a provider may be unresolved itself, or packages conflict (uses constraints); see the"
                            + " server log"));
                }
            }
            case Bundle.RESOLVED -> {
                if (startProblem != null) {
                    problems.add(startProblem);
                } else if (!fragment) {
                    problems.add(Reason.of("notStarted", "is resolved but not started"));
                }
            }
            default -> {
                if (startProblem != null) {
                    problems.add(startProblem);
                }
            }
        }
        return problems;
    }

    private List<Reason> missingRequirements(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return List.of();
        }
        List<Reason> missing = new ArrayList<>();
        for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
            if (!RequirementWording.isMandatory(requirement)) {
                continue;
            }
            String namespace = requirement.getNamespace();
            String filter = requirement.getDirectives().get(Constants.FILTER_DIRECTIVE);
            Collection<BundleCapability> providers = wiring.findProviders(requirement);
            if (providers.isEmpty()) {
                missing.add(RequirementWording.missingReason(namespace, filter, runningJava));
                continue;
            }
            // Providers that are all unresolved themselves explain the failure one step further.
            TreeSet<String> unresolved = new TreeSet<>();
            for (BundleCapability capability : providers) {
                Bundle provider = capability.getRevision().getBundle();
                if (provider.equals(bundle) || provider.getState() != Bundle.INSTALLED) {
                    unresolved.clear();
                    break;
                }
                unresolved.add(provider.getSymbolicName());
            }
            if (!unresolved.isEmpty()) {
                missing.add(RequirementWording.unresolvedProvidersReason(namespace, filter, unresolved));
            }
        }
        return missing;
    }
}
