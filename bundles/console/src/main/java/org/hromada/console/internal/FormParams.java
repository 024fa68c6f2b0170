package org.hromada.console.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hromada.platform.api.console.ConsoleFile;
import org.hromada.platform.api.web.MultipartReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A request's query and form parameters, multipart files into temporary files, within the upload limit. */
final class FormParams {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleHandler.class); // the console's log category
    static final int MAX_PARTS = 50;
    static final int MULTIPART_OVERHEAD = 64 * 1024;

    private final ConsoleServlet.Settings settings;
    private final PageWriter pages;

    FormParams(ConsoleServlet.Settings settings, PageWriter pages) {
        this.settings = settings;
        this.pages = pages;
    }

    /**
     * A multipart console form: its fields and files together within the upload limit, the part headers
     * within {@value #MULTIPART_OVERHEAD} bytes more, at most {@value #MAX_PARTS} parts; the files in the
     * console's temporary folder, deleted when the request is answered (ConsoleHandler).
     */
    private MultipartReader.Options multipart() {
        return MultipartReader.Options.of(settings.tempDir(), "console-", settings.uploadMax() + MULTIPART_OVERHEAD)
                .withMaxTotalBytes(settings.uploadMax())
                .withMaxParts(MAX_PARTS);
    }

    /** Query and form parameters (multipart into temp files); false when an error page was sent. */
    boolean read(Exchange x, Map<String, List<String>> params) throws IOException {
        String type = x.req.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") && Csrf.isUnsafe(x.req.getMethod())) {
            params.putAll(QueryString.parse(x.req.getQueryString()));
            try {
                MultipartReader.Result parsed = MultipartReader.read(x.req.getInputStream(), type,
                        x.req.getContentLengthLong(), multipart());
                x.files = parsed.files().stream().map(f -> new ConsoleFile(f.field(), f.filename(), f.contentType(),
                        f.size(), f.path())).toList();
                parsed.fields().forEach((k, v) -> params.computeIfAbsent(k, y -> new ArrayList<>()).addAll(v));
            } catch (MultipartReader.TooLargeException e) {
                pages.problem(x, 413, "console.error.tooLarge", null, settings.uploadMax() / (1024 * 1024));
                return false;
            } catch (MultipartReader.UnreadableException | MultipartReader.TooManyPartsException e) {
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
