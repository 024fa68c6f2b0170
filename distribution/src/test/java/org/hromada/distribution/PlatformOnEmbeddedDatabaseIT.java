package org.hromada.distribution;

/** The platform contract on the embedded default database. */
class PlatformOnEmbeddedDatabaseIT extends PlatformContract {
    @Override
    String databaseUrl() {
        return null;
    }
}
