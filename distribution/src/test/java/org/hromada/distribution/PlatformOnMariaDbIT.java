package org.hromada.distribution;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

/**
 * The platform contract on MariaDB (127.0.0.1:3306, root, empty password; override with
 * -Dhromada.it.mariadb=jdbc:mariadb://host:port). Each run makes its own database and drops it.
 */
class PlatformOnMariaDbIT extends PlatformContract {
    private static final String SERVER = System.getProperty("hromada.it.mariadb", "jdbc:mariadb://127.0.0.1:3306");
    private final String database = "hromada_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    String databaseUrl() throws Exception {
        execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return SERVER + "/" + database;
    }

    @Override
    void dropDatabase() throws Exception {
        execute("DROP DATABASE IF EXISTS " + database);
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(SERVER + "/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
