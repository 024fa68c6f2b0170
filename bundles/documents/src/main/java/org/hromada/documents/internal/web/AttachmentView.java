package org.hromada.documents.internal.web;

import java.time.Instant;

/**
 * An attachment as the API shows it: {@code url} is the media file's public address (null when the
 * media library is absent or the file was deleted from it), {@code textPreview} the first
 * {@value #PREVIEW_CHARS} characters of the extracted text; the whole text is at {@code .../text}.
 */
public record AttachmentView(long id, long documentId, long mediaId, String filename, String mediaType, long size,
                             String title, int position, String url, String textStatus, int textLength,
                             String textPreview, Instant createdAt, String createdBy) {
    public static final int PREVIEW_CHARS = 300;
}
