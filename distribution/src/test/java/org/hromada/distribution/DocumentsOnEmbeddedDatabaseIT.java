package org.hromada.distribution;

/** The documents register on the embedded default database. */
class DocumentsOnEmbeddedDatabaseIT extends DocumentsContract {
    @Override
    String databaseUrl() {
        return null;
    }
}
