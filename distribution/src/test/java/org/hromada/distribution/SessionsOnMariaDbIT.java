package org.hromada.distribution;

/** Sessions, agenda and votes on MariaDB, in a database of its own. */
class SessionsOnMariaDbIT extends SessionsContract {
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
