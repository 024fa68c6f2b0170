package org.hromada.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagesTest {
    @TempDir
    Path tmp;

    private Path themes;
    private ThemeLayers layers;
    private Messages messages;

    @BeforeEach
    void setUp() throws IOException {
        themes = tmp.resolve("themes");
        Path bundle = tmp.resolve("bundle");
        write(themes.resolve("default/messages_uk.properties"),
                "a=Типово\nb=Типово б\nc=Лише українською\nd=Усього: {0}\ne=Об'єкт\n");
        write(themes.resolve("default/messages_en.properties"), "a=Default\nb=Default b\nd=In all: {0}\n");
        write(bundle.resolve("templates/messages_uk.properties"), "a=Бандл\nb=Бандл б\n");
        write(bundle.resolve("templates/messages_en.properties"), "a=Bundle\nb=Bundle b\n");
        write(themes.resolve("town/messages_uk.properties"), "a=Тема\n");
        write(themes.resolve("town/messages_en.properties"), "a=Theme\n");
        layers = ThemeLayers.of(themes, "town");
        layers.setBundles(List.of(new BundleFolder(FakeBundle.of(7, bundle, Map.of()), "templates")));
        messages = new Messages(layers::messageFolders, 0);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text); // UTF-8, as the site reads them
    }

    @Test
    void themeWinsOverBundleWinsOverDefaultTheme() {
        assertEquals("Тема", messages.get("uk", "a"));
        assertEquals("Theme", messages.get("en", "a"));
        assertEquals("Бандл б", messages.get("uk", "b"));
        assertEquals("Bundle b", messages.get("en", "b"));
        layers.setBundles(List.of());
        assertEquals("Типово б", messages.get("uk", "b"));
    }

    @Test
    void englishFallsBackToUkrainianThenToTheKey() {
        assertEquals("Лише українською", messages.get("en", "c"));
        assertEquals("no.such.key", messages.get("en", "no.such.key"));
        assertEquals("no.such.key", messages.get("uk", "no.such.key"));
    }

    @Test
    void argumentsAreFormattedPlainTextsKeepTheirApostrophes() {
        assertEquals("Усього: 5", messages.get("uk", "d", 5));
        assertEquals("In all: 1,234", messages.get("en", "d", 1234));
        assertEquals("Об'єкт", messages.get("uk", "e"));
    }

    @Test
    void anEditedFileIsReloaded() throws IOException {
        assertEquals("Тема", messages.get("uk", "a"));
        Path file = themes.resolve("town/messages_uk.properties");
        write(file, "a=Нова тема\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 10_000));
        assertEquals("Нова тема", messages.get("uk", "a"));
    }
}
