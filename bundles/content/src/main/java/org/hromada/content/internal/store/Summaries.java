package org.hromada.content.internal.store;

import org.hromada.content.internal.text.RichText;

/** The summary an item gets when none is written: the start of its body as plain text. */
public final class Summaries {
    public static final int LENGTH = 200;

    private Summaries() {
    }

    public static String fromBody(String html) {
        String text = html == null ? "" : RichText.toPlainText(html).replaceAll("\\s+", " ").strip();
        if (text.length() <= LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LENGTH - 1);
        return text.substring(0, cut > LENGTH / 2 ? cut : LENGTH - 1).strip() + "…";
    }
}
