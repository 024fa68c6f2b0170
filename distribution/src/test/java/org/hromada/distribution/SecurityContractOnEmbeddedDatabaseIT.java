package org.hromada.distribution;

/** The security contract (audit log, integration tokens) on the embedded default database. */
class SecurityContractOnEmbeddedDatabaseIT extends SecurityContractIT {
    @Override
    String databaseUrl() {
        return null;
    }
}
