package org.hromada.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The installation's settings: {@code conf/hromada.properties}, each key overridable by an
 * environment variable {@code HROMADA_<KEY>} (upper case, dots as underscores: {@code db.url} is
 * {@code HROMADA_DB_URL}).
 */
final class Settings {
    private static final String ENV_PREFIX = "HROMADA_";

    private final Path home;
    private final Map<String, String> values;

    private Settings(Path home, Map<String, String> values) {
        this.home = home;
        this.values = values;
    }

    static Settings load(Path home, Map<String, String> env) throws IOException {
        Map<String, String> values = new TreeMap<>();
        Path file = home.resolve("conf/hromada.properties");
        if (Files.exists(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k).trim()));
        }
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                values.put(keyOf(name), value);
            }
        });
        values.putIfAbsent("http.host", "127.0.0.1");
        values.putIfAbsent("http.port", "8080");
        values.putIfAbsent("data.dir", "data");
        values.putIfAbsent("deploy.dir", "deploy");
        values.putIfAbsent("themes.dir", "themes");
        return new Settings(home, values);
    }

    /** {@code HROMADA_DB_URL} -> {@code db.url}. */
    static String keyOf(String envName) {
        return envName.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }

    String get(String key) {
        return values.get(key);
    }

    /** A setting that names a folder, resolved against the installation folder when relative. */
    Path path(String key) {
        return home.resolve(values.get(key)).toAbsolutePath().normalize();
    }

    Map<String, String> all() {
        return values;
    }
}
