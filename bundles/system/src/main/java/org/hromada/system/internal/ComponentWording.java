package org.hromada.system.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Says in plain words why a DS component of a bundle is not working: "component X waits for
 * service Y", "component X failed to start: ...". Satisfied components count as working: a delayed
 * component is only activated when first used.
 */
final class ComponentWording {

    private ComponentWording() {
    }

    static List<String> problems(ComponentDescriptionDTO description, boolean enabled,
                                 Collection<ComponentConfigurationDTO> configurations) {
        return reasons(description, enabled, configurations).stream().map(Reason::english).toList();
    }

    /** {@link #problems} with their message keys. */
    static List<Reason> reasons(ComponentDescriptionDTO description, boolean enabled,
                                Collection<ComponentConfigurationDTO> configurations) {
        String name = description.name;
        String component = "component " + name;
        if (!enabled) {
            return List.of(Reason.of("componentDisabled", component + " is disabled", name));
        }
        Reason waitsForConfiguration = Reason.of("componentWaitsConfiguration",
                component + " waits for its configuration " + pids(description), name, pids(description));
        if (configurations.isEmpty()) {
            // No configuration object at all: only "require" waits for one; factories are idle.
            return "require".equals(description.configurationPolicy) && description.factory == null
                    ? List.of(waitsForConfiguration)
                    : List.of();
        }
        Set<Reason> problems = new LinkedHashSet<>();
        for (ComponentConfigurationDTO configuration : configurations) {
            switch (configuration.state) {
                case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> problems.add(waitsForConfiguration);
                case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> {
                    UnsatisfiedReferenceDTO[] missing = configuration.unsatisfiedReferences;
                    for (UnsatisfiedReferenceDTO reference : missing == null ? new UnsatisfiedReferenceDTO[0] : missing) {
                        String service = serviceOf(description, reference.name);
                        problems.add(reference.target == null
                                ? Reason.of("componentWaitsService", component + " waits for service " + service,
                                        name, service)
                                : Reason.of("componentWaitsServiceMatching", component + " waits for service " + service
                                        + " matching " + reference.target, name, service, reference.target));
                    }
                }
                case ComponentConfigurationDTO.FAILED_ACTIVATION -> problems.add(configuration.failure == null
                        ? Reason.of("componentFailed", component + " failed to start", name)
                        : Reason.of("componentFailedBecause", component + " failed to start: "
                                + firstLine(configuration.failure), name, firstLine(configuration.failure)));
                default -> { } // satisfied or active
            }
        }
        return new ArrayList<>(problems);
    }

    private static String serviceOf(ComponentDescriptionDTO description, String referenceName) {
        if (description.references != null) {
            for (ReferenceDTO reference : description.references) {
                if (reference.name.equals(referenceName)) {
                    return reference.interfaceName;
                }
            }
        }
        return referenceName;
    }

    private static String pids(ComponentDescriptionDTO description) {
        String[] pids = description.configurationPid;
        return pids == null || pids.length == 0 ? description.name : String.join(", ", pids);
    }

    static String firstLine(String text) {
        String trimmed = text.strip();
        int end = trimmed.indexOf('\n');
        return (end < 0 ? trimmed : trimmed.substring(0, end)).strip();
    }
}
