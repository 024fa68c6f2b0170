package org.hromada.distribution;

/** The attachments of documents on the embedded default database. */
class DocumentAttachmentsOnEmbeddedDatabaseIT extends DocumentAttachmentsContract {
    @Override
    String databaseUrl() {
        return null;
    }
}
