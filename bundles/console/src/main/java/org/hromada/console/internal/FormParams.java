package org.hromada.console.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A request's query and form parameters, multipart files into temporary files, within the upload limit. */
final class FormParams {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleHandler.class); // the console's log category

    private final ConsoleServlet.Settings settings;
    private final PageWriter pages;

    FormParams(ConsoleServlet.Settings settings, PageWriter pages) {
        this.settings = settings;
        this.pages = pages;
    }

    /** Query and form parameters (multipart into temp files); false when an error page was sent. */
    boolean read(Exchange x, Map<String, List<String>> params) throws IOException {
        String type = x.req.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") && Csrf.isUnsafe(x.req.getMethod())) {
            params.putAll(QueryString.parse(x.req.getQueryString()));
            try {
                Multipart.Parsed parsed = Multipart.parse(x.req.getInputStream(), type, x.req.getContentLengthLong(),
                        settings.uploadMax(), settings.tempDir());
                x.files = parsed.files();
                parsed.fields().forEach((k, v) -> params.computeIfAbsent(k, y -> new ArrayList<>()).addAll(v));
            } catch (Multipart.TooLarge e) {
                pages.problem(x, 413, "console.error.tooLarge", null, settings.uploadMax() / (1024 * 1024));
                return false;
            } catch (Multipart.Unreadable e) {
                pages.problem(x, 400, "console.error.badRequest", null);
                return false;
            }
            return true;
        }
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && Csrf.isUnsafe(x.req.getMethod())) {
            // Read here rather than by the server, whose form limit (200 kB) is too small for a long
            // article from the editor; the upload limit applies instead.
            params.putAll(QueryString.parse(x.req.getQueryString()));
            byte[] body = x.req.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 16, settings.uploadMax() + 1));
            if (body.length > settings.uploadMax()) {
                pages.problem(x, 413, "console.error.tooLarge", null, settings.uploadMax() / (1024 * 1024));
                return false;
            }
            QueryString.parse(new String(body, StandardCharsets.UTF_8))
                    .forEach((k, v) -> params.computeIfAbsent(k, y -> new ArrayList<>()).addAll(v));
            return true;
        }
        try {
            x.req.getParameterMap().forEach((k, v) -> params.put(k, List.of(v)));
        } catch (RuntimeException e) { // a form over the server's size limit or badly encoded
            LOG.warn("Console form unreadable: {}", e.getMessage());
            pages.problem(x, 400, "console.error.badRequest", null);
            return false;
        }
        return true;
    }
}
