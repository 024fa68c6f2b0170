package org.hromada.distribution;

/** The media library on the embedded default database. */
class MediaOnEmbeddedDatabaseIT extends MediaContract {
    @Override
    String databaseUrl() {
        return null;
    }
}
