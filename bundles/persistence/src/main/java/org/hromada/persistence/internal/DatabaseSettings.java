package org.hromada.persistence.internal;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where the database is. An empty {@code db.url} selects the embedded H2 database under
 * {@code data/db}, run in MariaDB mode so that one set of migrations serves both.
 *
 * @param url      the JDBC URL
 * @param user     the user name (may be empty)
 * @param password the password (may be empty)
 * @param poolSize the most connections the pool opens
 */
record DatabaseSettings(String url, String user, String password, int poolSize) {

    static DatabaseSettings from(UnaryOperator<String> property, Path dataDir) {
        String url = blankToNull(property.apply("hromada.db.url"));
        String user = blankToNull(property.apply("hromada.db.user"));
        String password = blankToNull(property.apply("hromada.db.password"));
        if (url == null) {
            url = embeddedUrl(dataDir.resolve("db").resolve("hromada"));
            user = user == null ? "hromada" : user;
        }
        String pool = blankToNull(property.apply("hromada.db.pool.size"));
        int poolSize;
        try {
            poolSize = pool == null ? 10 : Integer.parseInt(pool);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("db.pool.size must be a number, not '" + pool + "'");
        }
        return new DatabaseSettings(url, user == null ? "" : user, password == null ? "" : password, poolSize);
    }

    /**
     * The embedded database: a file, MariaDB compatibility, kept open while Felix stops. H2 locks its
     * catalogue for a transaction that changes the schema and for long writes such as loading demo
     * data, so one bundle's start-up may wait for another's: wait up to a minute rather than H2's
     * default second or so.
     */
    static String embeddedUrl(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath()
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
                + ";NON_KEYWORDS=VALUE,KEY,YEAR,MONTH,DAY;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=60000";
    }

    /** {@code h2} or {@code mariadb}. */
    String kind() {
        if (url.startsWith("jdbc:h2:")) {
            return "h2";
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return "mariadb";
        }
        throw new IllegalArgumentException("Unsupported database URL (use jdbc:mariadb:... or leave it empty): " + url);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
