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
        String component = "component " + description.name;
        if (!enabled) {
            return List.of(component + " is disabled");
        }
        if (configurations.isEmpty()) {
            // No configuration object at all: only "require" waits for one; factories are idle.
            return "require".equals(description.configurationPolicy) && description.factory == null
                    ? List.of(component + " waits for its configuration " + pids(description))
                    : List.of();
        }
        Set<String> problems = new LinkedHashSet<>();
        for (ComponentConfigurationDTO configuration : configurations) {
            switch (configuration.state) {
                case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION ->
                        problems.add(component + " waits for its configuration " + pids(description));
                case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> {
                    UnsatisfiedReferenceDTO[] missing = configuration.unsatisfiedReferences;
                    for (UnsatisfiedReferenceDTO reference : missing == null ? new UnsatisfiedReferenceDTO[0] : missing) {
                        problems.add(component + " waits for service " + serviceOf(description, reference.name)
                                + (reference.target == null ? "" : " matching " + reference.target));
                    }
                }
                case ComponentConfigurationDTO.FAILED_ACTIVATION -> problems.add(component + " failed to start"
                        + (configuration.failure == null ? "" : ": " + firstLine(configuration.failure)));
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
