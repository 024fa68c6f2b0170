package org.hromada.requests.internal.console;

import java.util.List;
import java.util.Locale;
import org.hromada.platform.api.console.ConsoleTexts;

/** This bundle's console messages, for the texts a page composes in Java (a store's refusal told in words). */
final class Messages {
    private static final ConsoleTexts TEXTS = ConsoleTexts.of(Messages.class);

    private Messages() {
    }

    static String text(Locale locale, String key, Object... args) {
        return TEXTS.text(locale, key, List.of(args));
    }
}
