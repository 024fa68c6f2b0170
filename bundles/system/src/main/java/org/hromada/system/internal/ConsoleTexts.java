package org.hromada.system.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * This bundle's console messages ({@code console/messages_uk.properties}, {@code _en}), for the
 * texts the section composes itself: the reasons a bundle is not working and form errors.
 */
final class ConsoleTexts {
    private static final Map<String, Properties> BY_LANGUAGE = Map.of("uk", load("uk"), "en", load("en"));

    private ConsoleTexts() {
    }

    /** The message in the locale's language (Ukrainian when it is neither), or the key when there is none. */
    static String text(Locale locale, String key, List<?> args) {
        String lang = locale != null && "en".equals(locale.getLanguage()) ? "en" : "uk";
        String pattern = BY_LANGUAGE.get(lang).getProperty(key);
        if (pattern == null) {
            return key;
        }
        return args.isEmpty() ? pattern.replace("''", "'") : new MessageFormat(pattern, Locale.forLanguageTag(lang))
                .format(args.toArray());
    }

    static String text(Locale locale, Reason reason) {
        return text(locale, reason.key(), reason.args());
    }

    /** Every key of a language, for the tests that keep the two files in step. */
    static java.util.Set<String> keys(String lang) {
        return BY_LANGUAGE.get(lang).stringPropertyNames();
    }

    private static Properties load(String lang) {
        Properties properties = new Properties();
        String name = "/console/messages_" + lang + ".properties";
        try (InputStream in = ConsoleTexts.class.getResourceAsStream(name)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
