package org.hromada.platform.api.persistence;

/**
 * The extender contract for bundles that keep data. A bundle declares in its manifest:
 * <pre>
 * Hromada-Entities: org.example.internal.entities   (packages with {@code @Entity} classes)
 * Hromada-Migrations: db/migration                   (folder with Flyway SQL migrations)
 * </pre>
 * When the bundle starts, the persistence bundle runs its migrations with its own history table
 * ({@code flyway_history_<bundle>}), boots its own ORM unit over the shared pool and registers an
 * {@code EntityManagerFactory} and a {@link Transactions} service, both with the property
 * {@value #UNIT_NAME}={@code <Bundle-SymbolicName>}. Both go away when the bundle stops.
 */
public final class PersistenceUnit {
    /** Manifest header listing the bundle's entity packages (comma-separated). */
    public static final String ENTITIES_HEADER = "Hromada-Entities";
    /** Manifest header naming the bundle folder with the Flyway SQL migrations. */
    public static final String MIGRATIONS_HEADER = "Hromada-Migrations";
    /** Service property naming the unit: the owning bundle's symbolic name. */
    public static final String UNIT_NAME = "osgi.unit.name";

    private PersistenceUnit() {
    }

    /** The DS target filter for the unit of the bundle with the given symbolic name. */
    public static String target(String symbolicName) {
        return "(" + UNIT_NAME + "=" + symbolicName + ")";
    }
}
