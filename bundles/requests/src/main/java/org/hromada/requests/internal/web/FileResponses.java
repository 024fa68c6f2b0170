package org.hromada.requests.internal.web;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.hromada.requests.internal.attachments.Attachments;

/** A stored file as a download: never shown inline, never sniffed into something active, never cached. */
final class FileResponses {

    private FileResponses() {
    }

    static Response of(Attachments.Download d) {
        String ascii = d.filename().replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(d.filename(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(d.bytes(), d.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "no-store, private")
                .build();
    }
}
