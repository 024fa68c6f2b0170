package org.hromada.distribution;

/** The security contract (audit log, integration tokens) on the embedded default database. */
class SecurityOnEmbeddedDatabaseIT extends SecurityContract {
    @Override
    String databaseUrl() {
        return null;
    }
}
