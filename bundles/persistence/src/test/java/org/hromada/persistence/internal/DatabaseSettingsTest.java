package org.hromada.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void emptyUrlMeansTheEmbeddedDatabaseInTheDataFolder() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of("hromada.db.url", " ")::get, Path.of("/srv/hromada/data"));
        assertEquals("h2", settings.kind());
        assertTrue(settings.url().startsWith("jdbc:h2:file:/srv/hromada/data/db/hromada;MODE=MariaDB"), settings.url());
    }

    @Test
    void mariadbUrlIsTakenAsGiven() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of("hromada.db.url", "jdbc:mariadb://db:3306/hromada",
                "hromada.db.user", "cms", "hromada.db.pool.size", "4")::get, Path.of("data"));
        assertEquals("mariadb", settings.kind());
        assertEquals("cms", settings.user());
        assertEquals(4, settings.poolSize());
    }

    @Test
    void unsupportedDatabasesAndBadNumbersAreRefusedInWords() {
        DatabaseSettings postgres = DatabaseSettings.from(Map.of("hromada.db.url", "jdbc:postgresql://x/y")::get, Path.of("d"));
        assertThrows(IllegalArgumentException.class, postgres::kind);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseSettings.from(Map.of("hromada.db.pool.size", "ten")::get, Path.of("d")));
        assertTrue(e.getMessage().contains("db.pool.size"));
    }
}
