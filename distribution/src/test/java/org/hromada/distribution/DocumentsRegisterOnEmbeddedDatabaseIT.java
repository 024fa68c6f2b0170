package org.hromada.distribution;

/** The register's deadlines, pages, feeds and exports on the embedded default database. */
class DocumentsRegisterOnEmbeddedDatabaseIT extends DocumentsRegisterContract {
    @Override
    String databaseUrl() {
        return null;
    }
}
