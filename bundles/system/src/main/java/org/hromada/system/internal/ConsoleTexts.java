package org.hromada.system.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * This bundle's console messages, for the texts the section composes itself: the reasons a bundle
 * is not working, states, origins and form errors. Formatted as the templates' {@code msg} does.
 */
final class ConsoleTexts {
    private static final org.hromada.platform.api.console.ConsoleTexts TEXTS =
            org.hromada.platform.api.console.ConsoleTexts.of(ConsoleTexts.class);

    private ConsoleTexts() {
    }

    static String text(Locale locale, String key, List<?> args) {
        return TEXTS.text(locale, key, args);
    }

    static String text(Locale locale, Reason reason) {
        return TEXTS.text(locale, reason.key(), reason.args());
    }

    /** Every key of a language, for the tests that keep the two files in step. */
    static Set<String> keys(String lang) {
        return TEXTS.keys(lang);
    }
}
