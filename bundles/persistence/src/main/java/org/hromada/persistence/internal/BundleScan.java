package org.hromada.persistence.internal;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.osgi.framework.Bundle;

/** Reads what a bundle declares for the extender: its entity classes and its migration scripts. */
final class BundleScan {

    private BundleScan() {
    }

    static List<String> headerList(String value) {
        List<String> items = new ArrayList<>();
        if (value != null) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return items;
    }

    /** Every {@code @Entity} class in the given packages of the bundle (not their sub-packages). */
    static List<Class<?>> entities(Bundle bundle, List<String> packages) throws ClassNotFoundException {
        List<Class<?>> entities = new ArrayList<>();
        for (String pkg : packages) {
            for (URL url : entries(bundle, "/" + pkg.replace('.', '/'), "*.class")) {
                String path = url.getPath();
                String className = path.substring(path.indexOf(pkg.replace('.', '/')), path.length() - ".class".length())
                        .replace('/', '.');
                Class<?> type = bundle.loadClass(className);
                if (type.isAnnotationPresent(Entity.class)) {
                    entities.add(type);
                }
            }
        }
        return entities;
    }

    /** The {@code *.sql} files of the bundle folder, for Flyway. */
    static List<MigrationScript> migrations(Bundle bundle, String folder) {
        List<MigrationScript> scripts = new ArrayList<>();
        for (URL url : entries(bundle, "/" + folder, "*.sql")) {
            String path = url.getPath();
            scripts.add(new MigrationScript(bundle.getSymbolicName() + ":" + folder,
                    path.substring(path.lastIndexOf('/') + 1), read(url)));
        }
        return scripts;
    }

    private static List<URL> entries(Bundle bundle, String path, String pattern) {
        Enumeration<URL> found = bundle.findEntries(path, pattern, false);
        return found == null ? List.of() : Collections.list(found);
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migration " + url, e);
        }
    }
}
