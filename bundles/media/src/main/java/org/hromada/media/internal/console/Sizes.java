package org.hromada.media.internal.console;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.hromada.platform.api.console.ConsoleTexts;

/** File sizes in the console's words. */
final class Sizes {
    private static final long KB = 1024;
    private static final long MB = KB * 1024;
    private static final ConsoleTexts TEXTS = ConsoleTexts.of(Sizes.class);

    private Sizes() {
    }

    /** A limit in whole megabytes, rounded up. */
    static long megabytes(long bytes) {
        return (bytes + MB - 1) / MB;
    }

    /** "512 Б", "12 КБ", "1,4 МБ" (or B, KB, MB in English). */
    static String size(long bytes, Locale locale) {
        if (bytes < KB) {
            return TEXTS.text(locale, "media.size.bytes", List.of(bytes));
        }
        if (bytes < MB) {
            return TEXTS.text(locale, "media.size.kb", List.of(Math.round(bytes / (double) KB)));
        }
        NumberFormat oneDecimal = NumberFormat.getNumberInstance(locale == null ? Locale.forLanguageTag("uk") : locale);
        oneDecimal.setMaximumFractionDigits(1);
        return TEXTS.text(locale, "media.size.mb", List.of(oneDecimal.format(bytes / (double) MB)));
    }
}
