package org.hromada.documents.internal.attachments.text;

/** An attachment's text, at most {@value #MAX_CHARS} characters, and how it was obtained. */
public record ExtractedText(String text, TextStatus status) {
    /** About 300 pages of dense text; enough for search, and a bound on the row's size. */
    public static final int MAX_CHARS = 1_000_000;

    public ExtractedText {
        text = text == null ? "" : text;
    }

    /** Found text, trimmed and capped; blank text means the file had none. */
    public static ExtractedText of(CharSequence raw) {
        String text = raw.toString().strip();
        if (text.length() > MAX_CHARS) {
            // Do not cut a surrogate pair in half.
            int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
            text = text.substring(0, end);
        }
        return text.isEmpty() ? none() : new ExtractedText(text, TextStatus.EXTRACTED);
    }

    public static ExtractedText none() {
        return new ExtractedText("", TextStatus.NO_TEXT);
    }

    public static ExtractedText failed() {
        return new ExtractedText("", TextStatus.FAILED);
    }
}
