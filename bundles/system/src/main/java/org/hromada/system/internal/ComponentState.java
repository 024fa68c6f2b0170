package org.hromada.system.internal;

import java.util.List;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;

/**
 * A DS component of a bundle, for the console's detail page.
 *
 * @param name     the component's name
 * @param stateKey the message key of its state, {@code bundle.component.*}
 * @param reasons  why it is not working; empty when it works
 */
record ComponentState(String name, String stateKey, List<Reason> reasons) {
    static final String DISABLED = "bundle.component.disabled";

    ComponentState {
        reasons = List.copyOf(reasons);
    }

    /** The key of the most advanced state among a component's configurations (0: none yet). */
    static String stateKey(int state) {
        return switch (state) {
            case ComponentConfigurationDTO.ACTIVE -> "bundle.component.active";
            case ComponentConfigurationDTO.SATISFIED -> "bundle.component.satisfied";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "bundle.component.unsatisfiedReference";
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "bundle.component.unsatisfiedConfiguration";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "bundle.component.failed";
            default -> "bundle.component.none";
        };
    }
}
