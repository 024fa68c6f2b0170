package org.hromada.distribution;

/** The content API on MariaDB, in a database of its own. */
class ContentOnMariaDbIT extends ContentContract {
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
