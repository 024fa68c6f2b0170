package org.hromada.distribution;

/** The console's security rules on the embedded database. */
class ConsoleOnEmbeddedDatabaseIT extends ConsoleContract {

    @Override
    String databaseUrl() {
        return null;
    }
}
