package org.hromada.web.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hromada.platform.api.health.HealthCheck;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The health checks bundles publish, as they come and go. */
@Component(service = HealthChecks.class)
public class HealthChecks {
    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void add(HealthCheck check) {
        checks.add(check);
    }

    void remove(HealthCheck check) {
        checks.remove(check);
    }

    List<HealthCheck> all() {
        return List.copyOf(checks);
    }
}
