package org.hromada.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hromada.platform.api.persistence.Transactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per-bundle migrations and ORM units, run against a real database chosen by the subclass. */
abstract class PersistenceContract {
    static final List<MigrationScript> ALPHA = List.of(
            new MigrationScript("alpha", "V1__notes.sql",
                    "CREATE TABLE alpha_note (id BIGINT AUTO_INCREMENT PRIMARY KEY, title VARCHAR(200) NOT NULL);"),
            new MigrationScript("alpha", "V2__index.sql", "CREATE INDEX alpha_note_title ON alpha_note (title);"));
    static final List<MigrationScript> BETA = List.of(
            new MigrationScript("beta", "V1__items.sql",
                    "CREATE TABLE beta_item (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL);"));

    HikariDataSource dataSource;

    abstract DatabaseSettings settings() throws Exception;

    void cleanUp() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        dataSource = DatabaseComponent.open(settings());
    }

    @AfterEach
    void close() throws Exception {
        dataSource.close();
        cleanUp();
    }

    @Test
    void eachBundleMigratesIntoItsOwnHistoryTable() throws Exception {
        assertEquals(2, MigrationRunner.migrate(dataSource, "flyway_history_alpha", ALPHA));
        assertEquals(1, MigrationRunner.migrate(dataSource, "flyway_history_beta", BETA),
                "a second bundle migrates although the schema is not empty");
        assertEquals(0, MigrationRunner.migrate(dataSource, "flyway_history_alpha", ALPHA), "migrations are idempotent");
        assertTrue(tableExists("flyway_history_alpha"));
        assertTrue(tableExists("flyway_history_beta"));
        assertTrue(tableExists("beta_item"));
    }

    @Test
    void unitCommitsRollsBackAndReadsOnly() throws Exception {
        MigrationRunner.migrate(dataSource, "flyway_history_alpha", ALPHA);
        String kind = settings().kind();
        try (SessionFactory factory = UnitFactory.build(dataSource, kind, List.of(TestNote.class),
                getClass().getClassLoader(), "alpha")) {
            Transactions tx = new UnitTransactions(factory);
            tx.run(em -> em.persist(new TestNote("рішення")));
            assertThrows(IllegalStateException.class, () -> tx.run(em -> {
                em.persist(new TestNote("lost"));
                em.flush();
                throw new IllegalStateException("boom");
            }));
            tx.read(em -> {
                em.persist(new TestNote("not written"));
                return null;
            });
            List<String> titles = tx.read(em -> em.createQuery("select n.title from TestNote n", String.class).getResultList());
            assertEquals(List.of("рішення"), titles, "committed once; the rolled back and read-only writes are gone");
        }
    }

    @Test
    void historyTableNamesAreDerivedFromTheBundle() {
        assertEquals("flyway_history_example", MigrationRunner.historyTable("org.hromada.example"));
        assertEquals("flyway_history_com_acme_parking", MigrationRunner.historyTable("com.acme.Parking"));
    }

    boolean tableExists(String name) throws Exception {
        try (Connection c = dataSource.getConnection();
             ResultSet tables = c.getMetaData().getTables(c.getCatalog(), null, "%", null)) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        }
    }
}
