package org.hromada.distribution;

/** Article 15 checks, attestations and the public page on MariaDB, in a database of its own. */
class DisclosureOnMariaDbIT extends DisclosureContract {
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
