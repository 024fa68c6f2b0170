package org.hromada.distribution;

/** The security contract (audit log, integration tokens) on MariaDB, in a database of its own. */
class SecurityOnMariaDbIT extends SecurityContract {
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
