package org.hromada.documents.internal.attachments.text;

/**
 * Collects text up to a little over {@link ExtractedText#MAX_CHARS}, so a reader can stop once it
 * has all that will be kept (the rest of a huge file is never parsed).
 */
final class CappedText {
    private final StringBuilder text = new StringBuilder();

    void append(CharSequence chars) {
        if (!isFull()) {
            text.append(chars);
        }
    }

    void append(char c) {
        if (!isFull()) {
            text.append(c);
        }
    }

    /** Ends a paragraph with a line break, unless nothing was written since the last one. */
    void endParagraph() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            append('\n');
        }
    }

    boolean isFull() {
        return text.length() > ExtractedText.MAX_CHARS;
    }

    ExtractedText result() {
        return ExtractedText.of(text);
    }
}
