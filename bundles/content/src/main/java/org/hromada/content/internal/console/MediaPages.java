package org.hromada.content.internal.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.content.internal.model.ContentType;
import org.hromada.platform.api.console.ConsoleFile;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.media.MediaFile;
import org.hromada.platform.api.media.MediaLibrary;
import org.hromada.platform.api.media.MediaUpload;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The media picker: a page of the library to choose a cover or a file to insert into the text, and an
 * upload form. Without the media bundle it says the library is absent.
 */
final class MediaPages {
    private static final Logger LOG = LoggerFactory.getLogger(MediaPages.class);
    static final int MEDIA_PAGE_SIZE = 24;

    private final ContentType type;
    private final ContentConsole services;

    MediaPages(ContentType type, ContentConsole services) {
        this.type = type;
        this.services = services;
    }

    ConsoleResponse media(ConsoleRequest request, Map<String, Object> extra, int status) {
        Map<String, Object> model = ConsoleViews.base(type, request);
        model.putAll(extra);
        MediaLibrary media = services.media;
        String kind = request.param("kind").filter(k -> MediaFile.IMAGE.equals(k) || MediaFile.DOCUMENT.equals(k))
                .orElse("");
        String q = request.param("q").map(v -> ConsoleViews.cut(v, 200)).orElse("");
        String target = request.param("for").flatMap(ConsoleViews::id).map(String::valueOf).orElse("");
        int page = request.param("page").flatMap(ConsoleViews::id).filter(p -> p < 100_000).map(Long::intValue)
                .orElse(1);
        model.put("kind", kind);
        model.put("q", q);
        model.put("for", target);
        model.put("available", media != null);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("kind", kind);
        filters.put("q", q);
        filters.put("for", target);
        model.put("query", ConsoleViews.query(filters));
        model.put("files", List.of());
        model.put("total", 0);
        model.put("page", page);
        model.put("size", MEDIA_PAGE_SIZE);
        if (media != null) {
            try {
                PageResult<MediaFile> files = media.browse(kind.isEmpty() ? null : kind, q.isEmpty() ? null : q,
                        page, MEDIA_PAGE_SIZE);
                model.put("files", files.items().stream().map(MediaPages::mediaView).toList());
                model.put("total", files.total());
            } catch (RuntimeException | LinkageError e) { // the media bundle is going away
                LOG.warn("Media library browse failed", e);
                model.put("available", false);
            }
        }
        return new ConsoleResponse.Page(status, "content.media.title", ContentSection.T + "media.ftl", model);
    }

    ConsoleResponse upload(ConsoleRequest request) {
        MediaLibrary media = services.media;
        Map<String, Object> extra = new HashMap<>();
        String alt = request.param("alt").orElse("");
        String title = request.param("title").orElse("");
        extra.put("uploadAlt", alt);
        extra.put("uploadTitle", title);
        if (media == null) {
            return media(request, extra, 503);
        }
        Optional<ConsoleFile> file = request.file("file");
        if (file.isEmpty() || file.get().size() == 0) {
            extra.put("uploadError", "content.media.error.noFile");
            return media(request, extra, 422);
        }
        try (InputStream in = Files.newInputStream(file.get().path())) {
            MediaFile stored = media.store(new MediaUpload(in, file.get().filename(), alt, title,
                    request.identity()));
            String back = request.sectionBase() + "/media?" + ConsoleViews.query(Map.of("kind", request.param("kind").orElse(""),
                    "for", request.param("for").orElse(""))) + "#m-" + stored.id();
            return ConsoleResponse.redirect(back, "content.flash.uploaded");
        } catch (ProblemException e) {
            extra.put("uploadError", switch (e.status()) {
                case 413 -> "content.media.error.size";
                case 415 -> "content.media.error.type";
                case 422 -> alt.isBlank() ? "content.media.error.alt" : "content.media.error.image";
                default -> "content.media.error.unreadable";
            });
            extra.put("uploadDetail", e.detail() == null ? "" : e.detail());
            return media(request, extra, e.status() >= 400 && e.status() < 500 ? e.status() : 422);
        } catch (IOException e) {
            extra.put("uploadError", "content.media.error.unreadable");
            return media(request, extra, 400);
        }
    }

    /** The no-script picker's choice: sets the item's cover and goes back to the item. */

    static Map<String, Object> mediaView(MediaFile file) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", file.id());
        view.put("url", file.url());
        view.put("thumb", file.renditions().isEmpty() ? file.url() : file.renditions().get(0).url());
        view.put("image", file.isImage());
        view.put("alt", file.alt() == null ? "" : file.alt());
        view.put("title", file.title() == null ? "" : file.title());
        view.put("filename", file.filename());
        view.put("createdAt", file.createdAt());
        return view;
    }

    static Map<String, Object> coverView(MediaLibrary media, String coverId) {
        Optional<Long> id = ConsoleViews.id(coverId);
        if (media == null || id.isEmpty()) {
            return Map.of();
        }
        try {
            return media.find(id.get()).filter(MediaFile::isImage).map(MediaPages::mediaView).orElse(Map.of());
        } catch (RuntimeException | LinkageError e) {
            return Map.of();
        }
    }
}
