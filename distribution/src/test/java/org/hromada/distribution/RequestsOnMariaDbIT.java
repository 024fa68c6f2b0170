package org.hromada.distribution;

/** The register of information requests on MariaDB, in a database of its own. */
class RequestsOnMariaDbIT extends RequestsContract {
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
