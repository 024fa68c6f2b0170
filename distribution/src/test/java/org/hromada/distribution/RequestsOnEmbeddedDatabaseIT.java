package org.hromada.distribution;

/** The register of information requests on the embedded default database. */
class RequestsOnEmbeddedDatabaseIT extends RequestsContract {
    @Override
    String databaseUrl() {
        return null;
    }
}
