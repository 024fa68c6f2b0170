package org.hromada.platform.api.persistence;

import javax.sql.DataSource;

/**
 * The shared, pooled database. Published by the persistence bundle once the database answers.
 */
public interface Database {

    /** The pooled data source. Prefer {@link Transactions}; use this for plain JDBC only. */
    DataSource dataSource();

    /** {@code h2} for the embedded default, {@code mariadb} in production. */
    String kind();

    /** Whether the database answers a trivial query now. */
    boolean isUp();
}
