package org.hromada.persistence.internal;

import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/** Builds one Hibernate ORM unit over the shared pool for a given set of entity classes. */
final class UnitFactory {

    private UnitFactory() {
    }

    static SessionFactory build(DataSource dataSource, String databaseKind, List<Class<?>> entities,
                                ClassLoader entityLoader, String unitName) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                .applyClassLoader(entityLoader)
                .applyClassLoader(SessionFactory.class.getClassLoader())
                .build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                // Migrations own the schema; Hibernate never changes it.
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                // The dialect is known, so skip reading JDBC metadata at boot (faster start).
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySetting(AvailableSettings.DIALECT, databaseKind.equals("h2")
                        ? "org.hibernate.dialect.H2Dialect" : "org.hibernate.dialect.MariaDBDialect")
                .applySetting(AvailableSettings.SESSION_FACTORY_NAME, unitName)
                .applySetting(AvailableSettings.SESSION_FACTORY_NAME_IS_JNDI, "false")
                .applySetting(AvailableSettings.JPA_VALIDATION_MODE, "none")
                .applySetting(AvailableSettings.USE_SECOND_LEVEL_CACHE, "false")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, "50")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }
}
