package org.hromada.platform.api.health;

/**
 * One part of {@code GET /api/health}. Bundles publish it as a service; the server is up only when
 * every check is.
 */
public interface HealthCheck {

    /** The member name in the health report, e.g. {@code database}. */
    String name();

    /** Whether this part works now. Must answer quickly and never throw. */
    boolean isUp();
}
