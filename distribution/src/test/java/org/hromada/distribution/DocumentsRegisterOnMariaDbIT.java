package org.hromada.distribution;

/** The register's deadlines, pages, feeds and exports on MariaDB, in a database of its own. */
class DocumentsRegisterOnMariaDbIT extends DocumentsRegisterContract {
    private final TestDatabase database = new TestDatabase();

    @Override
    String databaseUrl() throws Exception {
        return database.create();
    }

    @Override
    void dropDatabase() throws Exception {
        database.drop();
    }
}
