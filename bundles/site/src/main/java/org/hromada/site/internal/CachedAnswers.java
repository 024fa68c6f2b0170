package org.hromada.site.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.hromada.platform.api.web.EntityTags;

/**
 * Turns a {@link CachedPage} into the answer for one request: 304 when the client's copy is current
 * ({@code If-None-Match}, or else {@code If-Modified-Since}, as RFC 9110 orders them), gzipped bytes
 * when the client takes them. Pages may be stored by browsers and proxies but must be revalidated
 * ({@code no-cache}), so a publish shows at once everywhere while unchanged pages cost a 304.
 */
final class CachedAnswers {
    static final String REVALIDATE = "public, no-cache";

    private CachedAnswers() {
    }

    static SiteResponse of(CachedPage page, SiteRequest request) {
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(page.lastModified().atOffset(ZoneOffset.UTC));
        boolean current = request.ifNoneMatch() != null
                ? EntityTags.matches(request.ifNoneMatch(), page.etag())
                : notModifiedSince(request.ifModifiedSince(), page.lastModified());
        SiteResponse answer = new SiteResponse(current ? 304 : 200)
                .header("ETag", page.etag())
                .header("Last-Modified", lastModified)
                .header("Cache-Control", REVALIDATE)
                .header("Vary", "Accept-Encoding");
        if (current) {
            return answer;
        }
        answer.header("Content-Type", page.contentType());
        if (page.language() != null) {
            answer.header("Content-Language", page.language());
        }
        if (request.acceptsGzip() && page.gzipped() != null) {
            return answer.header("Content-Encoding", "gzip").body(page.gzipped());
        }
        return answer.body(page.body());
    }


    private static boolean notModifiedSince(String header, Instant lastModified) {
        if (header == null || header.isBlank()) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // a date we cannot read is ignored, as RFC 9110 says
        }
    }
}
