package org.hromada.distribution;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

/**
 * A MariaDB database of the test's own (127.0.0.1:3306, root, empty password; override the server
 * with -Dhromada.it.mariadb=jdbc:mariadb://host:port), created and dropped by the test.
 */
final class TestDatabase {
    private static final String SERVER = System.getProperty("hromada.it.mariadb", "jdbc:mariadb://127.0.0.1:3306");
    private final String name = "hromada_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    /** Creates the database and returns its JDBC URL. */
    String create() throws Exception {
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return SERVER + "/" + name;
    }

    void drop() throws Exception {
        execute("DROP DATABASE IF EXISTS " + name);
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(SERVER + "/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
