package org.hromada.site.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site's texts: {@code messages_<lang>.properties} (UTF-8) from every layer, the first layer
 * winning (active theme over bundles over the default theme). English falls back to Ukrainian,
 * the state language, and that to the key, so a missing translation never breaks a page. Reloaded
 * when a file changes or a bundle comes or goes, checked at most once per {@code checkMillis}.
 */
final class Messages {
    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    private static final List<String> LANGUAGES = List.of(RequestPath.UK, RequestPath.EN);

    private record Catalog(List<String> stamp, Map<String, Map<String, String>> byLanguage) {
    }

    private final Supplier<List<ResourceFolder>> layers;
    private final long checkMillis;
    private volatile Catalog catalog = new Catalog(List.of("never loaded"), Map.of());
    private volatile long checkedAt = Long.MIN_VALUE / 2;

    Messages(Supplier<List<ResourceFolder>> layers, long checkMillis) {
        this.layers = layers;
        this.checkMillis = checkMillis;
    }

    /** The text for {@code key} in {@code language}, with {@code args} put in by {@link MessageFormat}. */
    String get(String language, String key, Object... args) {
        Map<String, Map<String, String>> texts = current().byLanguage();
        String pattern = texts.getOrDefault(language, Map.of()).get(key);
        if (pattern == null) {
            pattern = texts.getOrDefault(RequestPath.UK, Map.of()).getOrDefault(key, key);
        }
        if (args.length == 0) {
            return pattern; // no MessageFormat, so a plain apostrophe (м'ята) stays as written
        }
        try {
            return new MessageFormat(pattern, locale(language)).format(args);
        } catch (IllegalArgumentException e) {
            LOG.warn("Message {} is not a valid MessageFormat pattern: {}", key, e.getMessage());
            return pattern;
        }
    }

    static Locale locale(String language) {
        return RequestPath.EN.equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("uk-UA");
    }

    private Catalog current() {
        long now = System.nanoTime() / 1_000_000;
        if (now - checkedAt < checkMillis) {
            return catalog;
        }
        synchronized (this) {
            if (now - checkedAt >= checkMillis) {
                List<ResourceFolder> folders = layers.get();
                List<Resource> files = find(folders);
                List<String> stamp = files.stream().map(r -> r.location() + "@" + r.lastModified()).toList();
                if (!stamp.equals(catalog.stamp())) {
                    catalog = new Catalog(stamp, load(folders));
                }
                checkedAt = now;
            }
            return catalog;
        }
    }

    private static List<Resource> find(List<ResourceFolder> folders) {
        List<Resource> found = new ArrayList<>();
        for (String language : LANGUAGES) {
            for (ResourceFolder folder : folders) {
                folder.find(fileName(language)).ifPresent(found::add);
            }
        }
        return found;
    }

    private static Map<String, Map<String, String>> load(List<ResourceFolder> folders) {
        Map<String, Map<String, String>> result = new HashMap<>();
        for (String language : LANGUAGES) {
            Map<String, String> texts = new HashMap<>();
            for (int i = folders.size() - 1; i >= 0; i--) { // lowest layer first, higher ones overwrite
                folders.get(i).find(fileName(language)).ifPresent(file -> read(file, texts));
            }
            result.put(language, Map.copyOf(texts));
        }
        return Map.copyOf(result);
    }

    private static void read(Resource file, Map<String, String> into) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(file.open(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Cannot read messages {}: {}", file, e.getMessage());
            return;
        }
        properties.forEach((k, v) -> into.put((String) k, (String) v));
    }

    private static String fileName(String language) {
        return "messages_" + language + ".properties";
    }

    /** Makes the next lookup check the files again (a templates bundle came or went). */
    void refresh() {
        checkedAt = Long.MIN_VALUE / 2;
    }
}
