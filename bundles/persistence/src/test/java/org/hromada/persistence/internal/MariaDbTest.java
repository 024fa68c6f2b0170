package org.hromada.persistence.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/** The same contract on MariaDB at 127.0.0.1:3306 (root, no password), in a database of its own. */
class MariaDbTest extends PersistenceContract {
    private static final String SERVER = System.getProperty("hromada.it.mariadb", "jdbc:mariadb://127.0.0.1:3306");
    private final String database = "hromada_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private boolean created;

    @Override
    DatabaseSettings settings() throws Exception {
        if (!created) {
            execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            created = true;
        }
        Map<String, String> props = Map.of("hromada.db.url", SERVER + "/" + database, "hromada.db.user", "root");
        return DatabaseSettings.from(props::get, java.nio.file.Path.of("unused"));
    }

    @Override
    void cleanUp() throws Exception {
        execute("DROP DATABASE IF EXISTS " + database);
        created = false;
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "/", "root", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
