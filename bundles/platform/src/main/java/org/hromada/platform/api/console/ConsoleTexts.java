package org.hromada.platform.api.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A bundle's console messages ({@code console/messages_uk.properties} and {@code _en}) for texts
 * a section composes in Java (a reason, a size), formatted exactly as the templates' {@code msg}
 * formats them: {@code {0}}, {@code {1}}... replaced literally, no MessageFormat, so an apostrophe in
 * a Ukrainian word stays as written; whole numbers without grouping.
 */
public final class ConsoleTexts {
    private final Map<String, Properties> byLanguage;

    private ConsoleTexts(Map<String, Properties> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** The messages in the jar of {@code anchor}'s bundle. */
    public static ConsoleTexts of(Class<?> anchor) {
        ClassLoader loader = anchor.getClassLoader();
        return new ConsoleTexts(Map.of("uk", load(loader.getResource("console/messages_uk.properties")),
                "en", load(loader.getResource("console/messages_en.properties"))));
    }

    /** The message in the locale's language (Ukrainian when it is neither, or lacks the key), or the key. */
    public String text(Locale locale, String key, List<?> args) {
        String lang = locale != null && "en".equals(locale.getLanguage()) ? "en" : "uk";
        String pattern = byLanguage.get(lang).getProperty(key, byLanguage.get("uk").getProperty(key));
        return format(pattern == null ? key : pattern, args.toArray());
    }

    /** Every key of a language, for tests that keep the files in step. */
    public Set<String> keys(String lang) {
        return byLanguage.getOrDefault(lang, new Properties()).stringPropertyNames();
    }

    /** Replaces {@code {i}} with the i-th argument as plain text. */
    public static String format(String text, Object... args) {
        if (args == null || args.length == 0) {
            return text;
        }
        String result = text;
        for (int i = 0; i < args.length; i++) {
            result = result.replace("{" + i + "}", plain(args[i]));
        }
        return result;
    }

    private static String plain(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d)) {
                return Long.toString((long) d);
            }
        }
        return value.toString();
    }

    private static Properties load(URL url) {
        Properties properties = new Properties();
        if (url == null) {
            return properties;
        }
        try (InputStream in = url.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
