package org.hromada.distribution;

/** Article 15 checks, attestations and the public page on the embedded default database. */
class DisclosureOnEmbeddedDatabaseIT extends DisclosureContract {
    @Override
    String databaseUrl() {
        return null;
    }
}
