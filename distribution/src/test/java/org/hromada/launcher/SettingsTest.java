package org.hromada.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void environmentOverridesTheFileAndDefaultsFillTheRest(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/hromada.properties"), "http.port=9000\ndb.url=\nsite.name=Громада\n");
        Settings settings = Settings.load(home, Map.of("HROMADA_HTTP_PORT", "9100", "HROMADA_DB_URL",
                "jdbc:mariadb://db/x", "PATH", "/bin"));
        assertEquals("9100", settings.get("http.port"));
        assertEquals("jdbc:mariadb://db/x", settings.get("db.url"));
        assertEquals("Громада", settings.get("site.name"), "the file is read as UTF-8");
        assertEquals("127.0.0.1", settings.get("http.host"));
        assertEquals(home.resolve("data"), settings.path("data.dir"));
    }

    @Test
    void environmentNamesMapToKeys() {
        assertEquals("calendar.martial.law", Settings.keyOf("HROMADA_CALENDAR_MARTIAL_LAW"));
    }
}
