package org.hromada.documents.internal.attachments.text;

/** What came of extracting an attachment's text, as stored in {@code documents_attachment.text_status}. */
public enum TextStatus {
    /** Text was found. */
    EXTRACTED("extracted"),
    /** The file has no text: a scan or photo, or a PDF without a text layer. */
    NO_TEXT("no_text"),
    /** The file could not be read; the attachment is kept without text. */
    FAILED("failed");

    private final String key;

    TextStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
