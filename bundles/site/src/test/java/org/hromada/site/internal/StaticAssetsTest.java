package org.hromada.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaticAssetsTest {
    @TempDir
    Path tmp;

    private Path active;
    private Path fallback;
    private StaticAssets assets;

    @BeforeEach
    void setUp() throws IOException {
        active = tmp.resolve("themes/town/static");
        fallback = tmp.resolve("themes/default/static");
        write(fallback.resolve("css/site.css"), "body{color:#000}");
        write(fallback.resolve("js/app.min.js"), "1");
        write(active.resolve("img/logo.svg"), "<svg/>");
        write(tmp.resolve("themes/secret.txt"), "secret");
        write(fallback.resolve(".hidden"), "x");
        assets = new StaticAssets(List.of(active, fallback));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String sha10(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, 10);
    }

    @Test
    void urlsCarryTheContentHash() throws Exception {
        assertEquals("/static/css/site." + sha10("body{color:#000}") + ".css", assets.url("css/site.css"));
        assertEquals("/static/js/app.min." + sha10("1") + ".js", assets.url("js/app.min.js"));
        assertEquals("/static/img/logo." + sha10("<svg/>") + ".svg", assets.url("img/logo.svg"));
        assertEquals("/static/css/missing.css", assets.url("css/missing.css"));
        assertThrows(IllegalArgumentException.class, () -> assets.url("../secret.txt"));
    }

    @Test
    void theCurrentFingerprintIsImmutable() throws Exception {
        String name = "css/site." + sha10("body{color:#000}") + ".css";
        StaticAssets.Found found = assertInstanceOf(StaticAssets.Found.class, assets.lookup(name));
        assertTrue(found.immutable());
        assertEquals(fallback.resolve("css/site.css").toAbsolutePath().normalize(), found.file());
        assertEquals("text/css;charset=UTF-8", found.contentType());
        assertEquals("\"" + sha10("body{color:#000}") + "\"", found.etag());
    }

    @Test
    void thePlainNameIsServedWithAnEtagButNotImmutable() {
        StaticAssets.Found found = assertInstanceOf(StaticAssets.Found.class, assets.lookup("css/site.css"));
        assertFalse(found.immutable());
        assertTrue(found.etag().matches("\"[0-9a-f]{10}\""));
    }

    @Test
    void aStaleFingerprintMovesToTheCurrentOne() throws Exception {
        StaticAssets.Moved moved = assertInstanceOf(StaticAssets.Moved.class,
                assets.lookup("css/site.0123456789.css"));
        assertEquals(assets.url("css/site.css"), moved.location());
    }

    @Test
    void aChangedFileGetsANewFingerprint() throws Exception {
        String before = assets.url("css/site.css");
        Path css = fallback.resolve("css/site.css");
        write(css, "body{color:#111}");
        Files.setLastModifiedTime(css, FileTime.fromMillis(Files.getLastModifiedTime(css).toMillis() + 10_000));
        String after = assets.url("css/site.css");
        assertNotEquals(before, after);
        assertEquals("/static/css/site." + sha10("body{color:#111}") + ".css", after);
        assertInstanceOf(StaticAssets.Moved.class, assets.lookup(before.substring("/static/".length())));
    }

    @Test
    void theActiveThemeComesFirst() throws IOException {
        write(active.resolve("css/site.css"), "town");
        StaticAssets.Found found = assertInstanceOf(StaticAssets.Found.class, assets.lookup("css/site.css"));
        assertEquals(active.resolve("css/site.css").toAbsolutePath().normalize(), found.file());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "css/../../secret.txt", "%2e%2e/secret.txt", "%2E%2E%2Fsecret.txt",
        "css/%2e%2e/%2e%2e/secret.txt", "..%2fsecret.txt", "..%5csecret.txt", "css\\..\\..\\secret.txt",
        ".hidden", "css//site.css", "", "css/", "%00", "css/site.css%00", "%zz"})
    void traversalAndOddNamesAreNotFound(String raw) {
        assertInstanceOf(StaticAssets.Missing.class, assets.lookup(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.css:text/css;charset=UTF-8", "a.js:text/javascript;charset=UTF-8",
        "a.svg:image/svg+xml", "a.png:image/png", "a.JPG:image/jpeg", "a.jpeg:image/jpeg", "a.webp:image/webp",
        "a.ico:image/x-icon", "a.woff2:font/woff2", "a.txt:text/plain;charset=UTF-8",
        "a.bin:application/octet-stream", "noext:application/octet-stream"})
    void contentTypes(String nameAndType) {
        String[] parts = nameAndType.split(":", 2);
        assertEquals(parts[1], ContentTypes.of(parts[0]));
    }

    @Test
    void fingerprintedNamesRoundTrip() {
        assertEquals("css/site.abcdef0123.css", Fingerprints.fingerprinted("css/site.css", "abcdef0123"));
        assertEquals("LICENSE.abcdef0123", Fingerprints.fingerprinted("LICENSE", "abcdef0123"));
        assertEquals("a.b/LICENSE.abcdef0123", Fingerprints.fingerprinted("a.b/LICENSE", "abcdef0123"));
        assertEquals(new Fingerprints.Parsed("css/site.css", "abcdef0123"),
                Fingerprints.parse("css/site.abcdef0123.css").orElseThrow());
        assertEquals(new Fingerprints.Parsed("LICENSE", "abcdef0123"),
                Fingerprints.parse("LICENSE.abcdef0123").orElseThrow());
        assertTrue(Fingerprints.parse("css/site.css").isEmpty());
        assertTrue(Fingerprints.parse("css/site.ABCDEF0123.css").isEmpty());
    }
}
