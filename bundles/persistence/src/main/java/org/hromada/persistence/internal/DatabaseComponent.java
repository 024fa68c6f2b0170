package org.hromada.persistence.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hromada.platform.api.Hromada;
import org.hromada.platform.api.health.HealthCheck;
import org.hromada.platform.api.persistence.Database;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The shared connection pool (HikariCP) over the embedded database or MariaDB. */
@Component(service = {Database.class, HealthCheck.class}, immediate = true)
public class DatabaseComponent implements Database, HealthCheck {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseComponent.class);

    private HikariDataSource pool;
    private String kind;

    @Activate
    void activate(BundleContext context) {
        DatabaseSettings settings = DatabaseSettings.from(context::getProperty,
                Path.of(context.getProperty(Hromada.DATA_DIR)));
        kind = settings.kind();
        pool = open(settings);
        LOG.info("Database: {} ({})", kind, kind.equals("h2") ? "embedded, in data/db" : redact(settings.url()));
    }

    static HikariDataSource open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("hromada");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        // Drivers are on the flat classpath; name them so DriverManager lookup is not needed.
        config.setDriverClassName(settings.kind().equals("h2") ? "org.h2.Driver" : "org.mariadb.jdbc.Driver");
        config.setInitializationFailTimeout(30_000);
        return new HikariDataSource(config);
    }

    @Deactivate
    void deactivate() {
        if (pool != null) {
            pool.close();
        }
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public boolean isUp() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static String redact(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
