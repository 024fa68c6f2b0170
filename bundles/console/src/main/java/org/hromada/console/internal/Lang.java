package org.hromada.console.internal;

import java.util.Locale;

/** The console's two languages; Ukrainian unless the user chose English. */
final class Lang {
    static final String UK = "uk";
    static final String EN = "en";

    private Lang() {
    }

    static String of(String cookieValue) {
        return EN.equals(cookieValue) ? EN : UK;
    }

    static Locale locale(String lang) {
        return EN.equals(lang) ? Locale.forLanguageTag("en") : Locale.forLanguageTag("uk-UA");
    }
}
