package org.hromada.distribution;

/** The content API on the embedded default database. */
class ContentOnEmbeddedDatabaseIT extends ContentContract {
    @Override
    String databaseUrl() {
        return null;
    }
}
