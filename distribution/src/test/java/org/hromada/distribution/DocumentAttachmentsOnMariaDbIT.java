package org.hromada.distribution;

/** The attachments of documents on MariaDB, in a database of its own. */
class DocumentAttachmentsOnMariaDbIT extends DocumentAttachmentsContract {
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
