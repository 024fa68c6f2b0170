package org.hromada.distribution;

/** Sessions, agenda and votes on the embedded default database. */
class SessionsOnEmbeddedDatabaseIT extends SessionsContract {
    @Override
    String databaseUrl() {
        return null;
    }
}
