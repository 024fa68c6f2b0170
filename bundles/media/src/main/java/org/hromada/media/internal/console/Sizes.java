package org.hromada.media.internal.console;

import java.util.List;
import java.util.Locale;

/** File sizes in the console's words. */
final class Sizes {
    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private Sizes() {
    }

    /** A limit in whole megabytes, rounded up. */
    static long megabytes(long bytes) {
        return (bytes + MB - 1) / MB;
    }

    /** "512 Б", "12 КБ", "1,4 МБ" (or B, KB, MB in English). */
    static String size(long bytes, Locale locale) {
        if (bytes < KB) {
            return ConsoleTexts.text(locale, "media.size.bytes", List.of(bytes));
        }
        if (bytes < MB) {
            return ConsoleTexts.text(locale, "media.size.kb", List.of(Math.round(bytes / (double) KB)));
        }
        return ConsoleTexts.text(locale, "media.size.mb", List.of(bytes / (double) MB));
    }
}
