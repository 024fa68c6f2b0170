package org.hromada.web.internal;

import java.util.Set;
import org.osgi.service.component.annotations.Component;

/** What is mounted under /api/v1 right now; read by the OpenAPI document. */
@Component(service = MountedResources.class)
public class MountedResources {
    private volatile Set<Class<?>> classes = Set.of();
    private volatile long generation;

    void update(Set<Class<?>> mounted) {
        classes = Set.copyOf(mounted);
        generation++;
    }

    /** The classes of the mounted resources. */
    public Set<Class<?>> classes() {
        return classes;
    }

    /** Changes whenever the mounted set changes (for caching). */
    public long generation() {
        return generation;
    }
}
