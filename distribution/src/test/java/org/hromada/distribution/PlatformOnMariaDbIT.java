package org.hromada.distribution;

/** The platform contract on MariaDB, in a database of its own. */
class PlatformOnMariaDbIT extends PlatformContract {
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
