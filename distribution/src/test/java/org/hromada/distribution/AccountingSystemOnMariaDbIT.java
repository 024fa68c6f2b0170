package org.hromada.distribution;

/** The Article 18 accounting system on MariaDB, in a database of its own. */
class AccountingSystemOnMariaDbIT extends AccountingSystemContract {
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
