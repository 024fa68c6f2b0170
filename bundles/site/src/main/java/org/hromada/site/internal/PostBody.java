package org.hromada.site.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What a POST to the site sent, as far as the site reads it.
 *
 * @param contentType   the {@code Content-Type} header, or null
 * @param originHeader  the {@code Origin} header, or null when the browser sent none
 * @param clientAddress the client's address (the forwarded one behind a configured proxy)
 * @param bytes         the body, at most {@link #LIMIT} bytes; empty when it was larger
 * @param tooLarge      whether the body was over {@link #LIMIT}
 * @param multipart     reads a {@code multipart/form-data} body (left unread until the form and its limit are
 *                      known); null for other bodies
 */
record PostBody(String contentType, String originHeader, String clientAddress, byte[] bytes, boolean tooLarge,
                MultipartForm.Source multipart) {

    PostBody(String contentType, String originHeader, String clientAddress, byte[] bytes, boolean tooLarge) {
        this(contentType, originHeader, clientAddress, bytes, tooLarge, null);
    }

    /** Public forms are a few fields of text: 64 kB is far more than any of them needs. */
    static final int LIMIT = 64 * 1024;
    static final String FORM = "application/x-www-form-urlencoded";

    /** Whether the body is url-encoded (browsers send it so when a form has no enctype); none counts as such. */
    boolean urlEncoded() {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        return contentType.split(";")[0].strip().equalsIgnoreCase(FORM);
    }

    /** The decoded fields (UTF-8, {@code +} a space; a broken escape stays as written). */
    Map<String, List<String>> fields() {
        return QueryStrings.parse(new String(bytes, StandardCharsets.UTF_8));
    }
}
