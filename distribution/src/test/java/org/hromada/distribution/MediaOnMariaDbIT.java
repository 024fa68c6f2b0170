package org.hromada.distribution;

/** The media library on MariaDB, in a database of its own. */
class MediaOnMariaDbIT extends MediaContract {
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
