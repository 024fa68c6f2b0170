package org.hromada.persistence.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ClassProvider;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Runs one bundle's SQL migrations with Flyway, in a history table of that bundle's own
 * ({@code flyway_history_<bundle>}), so bundles migrate independently on a shared schema.
 */
final class MigrationRunner {

    private MigrationRunner() {
    }

    /** The history table name for a bundle: {@code org.hromada.example} -> {@code flyway_history_example}. */
    static String historyTable(String symbolicName) {
        String name = symbolicName.startsWith("org.hromada.") ? symbolicName.substring("org.hromada.".length()) : symbolicName;
        return "flyway_history_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    /** Applies pending migrations and returns how many ran. */
    static int migrate(DataSource dataSource, String historyTable, List<MigrationScript> scripts) {
        // Flyway's own class loader finds its database plugins (flyway-mysql) on the flat classpath.
        MigrateResult result = new org.flywaydb.core.api.configuration.FluentConfiguration(Flyway.class.getClassLoader())
                .dataSource(dataSource)
                .table(historyTable)
                // Several histories share one schema: a non-empty schema is normal, not a reason to stop.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .resourceProvider(new Scripts(scripts))
                .javaMigrationClassProvider(new NoJavaMigrations())
                .failOnMissingLocations(false)
                .cleanDisabled(true)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }

    /** Hands Flyway the scripts we read, instead of letting it scan a class path it cannot see. */
    private record Scripts(List<MigrationScript> scripts) implements ResourceProvider {
        @Override
        public LoadableResource getResource(String name) {
            return scripts.stream().filter(s -> s.getFilename().equals(name)).findFirst().orElse(null);
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return scripts.stream()
                    .filter(s -> s.getFilename().startsWith(prefix))
                    .filter(s -> Arrays.stream(suffixes).anyMatch(s.getFilename()::endsWith))
                    .map(LoadableResource.class::cast)
                    .toList();
        }
    }

    private static final class NoJavaMigrations implements ClassProvider<JavaMigration> {
        @Override
        public Collection<Class<? extends JavaMigration>> getClasses() {
            return List.of();
        }
    }
}
