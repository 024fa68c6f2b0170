package org.hromada.distribution;

/** The documents register on MariaDB, in a database of its own. */
class DocumentsOnMariaDbIT extends DocumentsContract {
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
