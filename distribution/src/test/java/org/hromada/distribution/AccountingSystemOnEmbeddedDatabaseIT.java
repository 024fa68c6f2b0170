package org.hromada.distribution;

/** The Article 18 accounting system on the embedded default database. */
class AccountingSystemOnEmbeddedDatabaseIT extends AccountingSystemContract {
    @Override
    String databaseUrl() {
        return null;
    }
}
