package org.hromada.distribution;

/** The console's security rules on MariaDB, in a database of its own. */
class ConsoleOnMariaDbIT extends ConsoleContract {
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
