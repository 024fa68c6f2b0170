package org.hromada.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.hromada.platform.api.console.ConsoleTexts;
import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Console texts: a section bundle's {@code console/messages_<lang>.properties} first, then the
 * console's own {@code hromada-console/messages_<lang>.properties}, then the same in Ukrainian; an
 * unknown key is shown as itself. Files are UTF-8. Arguments replace {@code {0}}, {@code {1}}...
 * literally (no MessageFormat, so an apostrophe in a Ukrainian word stays as written).
 */
final class ConsoleMessages {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleMessages.class);
    static final String DEFAULT_LANG = "uk";

    private final Function<String, URL> ownResources;
    private final Map<String, Properties> cache = new ConcurrentHashMap<>();

    ConsoleMessages(Function<String, URL> ownResources) {
        this.ownResources = ownResources;
    }

    String get(Bundle bundle, String lang, String key, Object... args) {
        if (key == null) {
            return "";
        }
        String text = lookup(bundle, lang, key);
        if (text == null && !DEFAULT_LANG.equals(lang)) {
            text = lookup(bundle, DEFAULT_LANG, key);
        }
        return format(text == null ? key : text, args);
    }

    /** True when the key is known anywhere for this language chain. */
    boolean has(Bundle bundle, String lang, String key) {
        return lookup(bundle, lang, key) != null;
    }

    private String lookup(Bundle bundle, String lang, String key) {
        if (bundle != null) {
            String s = bundleMessages(bundle, lang).getProperty(key);
            if (s != null) {
                return s;
            }
        }
        return own(lang).getProperty(key);
    }

    Properties own(String lang) {
        return cache.computeIfAbsent("own:" + lang,
                k -> load(ownResources.apply("hromada-console/messages_" + lang + ".properties"), k));
    }

    private Properties bundleMessages(Bundle bundle, String lang) {
        return cache.computeIfAbsent("b" + bundle.getBundleId() + ":" + lang,
                k -> load(bundle.getEntry("console/messages_" + lang + ".properties"), k));
    }

    /** Forgets a bundle's texts (it went or was updated). */
    void forget(long bundleId) {
        cache.keySet().removeIf(k -> k.startsWith("b" + bundleId + ":"));
    }

    static String format(String text, Object... args) {
        return ConsoleTexts.format(text, args);
    }

    private static Properties load(URL url, String what) {
        Properties p = new Properties();
        if (url == null) {
            return p;
        }
        try (InputStream in = url.openStream(); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Console messages {} unreadable: {}", what, e.getMessage());
        }
        return p;
    }
}
