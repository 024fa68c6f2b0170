package org.hromada.media.internal.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.media.internal.MediaEdit;
import org.hromada.media.internal.MediaProblems;
import org.hromada.media.internal.MediaService;
import org.hromada.platform.api.console.ConsoleFile;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleSection;
import org.hromada.platform.api.console.ConsoleTexts;
import org.hromada.platform.api.media.MediaFile;
import org.hromada.platform.api.media.Rendition;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /console/media}: the media library for editors: files with thumbnails, filters and pages;
 * upload with the library's own checks said in words; alt and title edits; deletion after a
 * confirmation. Authors change only their own uploads, as in the API.
 */
@Component(service = ConsoleSection.class)
public class MediaSection implements ConsoleSection {
    private static final ConsoleTexts TEXTS = ConsoleTexts.of(MediaSection.class);
    static final int PAGE_SIZE = 24;
    private static final Logger LOG = LoggerFactory.getLogger(MediaSection.class);
    private static final String T = "console/media/";

    private final MediaService media;

    @Activate
    public MediaSection(@Reference MediaService media) {
        this.media = media;
    }

    @Override
    public String id() {
        return "media";
    }

    @Override
    public String menuKey() {
        return "media.menu";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR);
    }

    @Override
    public ConsoleResponse handle(ConsoleRequest request) {
        List<String> segments = request.segments();
        try {
            if (segments.isEmpty()) {
                return request.isPost() ? ConsoleResponse.notFound() : list(request);
            }
            if (segments.size() == 1 && segments.get(0).equals("upload")) {
                return request.isPost() ? upload(request) : uploadForm(request, Map.of(), "", "", 200);
            }
            Optional<Long> id = id(segments.get(0));
            Optional<MediaFile> file = id.flatMap(media::find);
            if (file.isEmpty() || segments.size() > 2) {
                return ConsoleResponse.notFound();
            }
            if (!MediaService.mayChange(file.get(), request.identity())) {
                return ConsoleResponse.forbidden();
            }
            if (segments.size() == 1) {
                return request.isPost() ? save(request, file.get())
                        : editForm(request, file.get(), Map.of(), nonNull(file.get().alt()), nonNull(file.get().title()),
                        200);
            }
            if (segments.get(1).equals("delete")) {
                return request.isPost() ? delete(request, file.get()) : ConsoleResponse.page("media.delete.title",
                        T + "delete.ftl", Map.of("file", item(file.get(), request)));
            }
            return ConsoleResponse.notFound();
        } catch (ProblemException e) {
            return problem(e);
        } catch (RuntimeException e) {
            LOG.error("Media console: {} {} failed", request.method(), request.path(), e);
            return new ConsoleResponse.Problem(500, "media.error.failed");
        }
    }

    private ConsoleResponse list(ConsoleRequest request) {
        String kind = request.param("kind").filter(k -> k.equals(MediaFile.IMAGE) || k.equals(MediaFile.DOCUMENT))
                .orElse("");
        String q = request.param("q").map(t -> t.length() > 200 ? t.substring(0, 200) : t).orElse("");
        int page = request.param("page").flatMap(MediaSection::number).filter(p -> p >= 1).orElse(1);
        PageResult<MediaFile> result = media.browse(kind.isEmpty() ? null : kind, q.isEmpty() ? null : q, page,
                PAGE_SIZE);
        List<Map<String, Object>> items = new ArrayList<>();
        for (MediaFile file : result.items()) {
            items.add(item(file, request));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("items", items);
        model.put("kind", kind);
        model.put("q", q);
        model.put("page", page);
        model.put("size", PAGE_SIZE);
        model.put("total", result.total());
        model.put("query", query(kind, q));
        model.put("kinds", List.of(option("", text(request, "media.kind.all")),
                option(MediaFile.IMAGE, text(request, "media.kind.image")),
                option(MediaFile.DOCUMENT, text(request, "media.kind.document"))));
        return ConsoleResponse.page("media.title", T + "list.ftl", model);
    }

    private ConsoleResponse uploadForm(ConsoleRequest request, Map<String, String> errors, String alt, String title,
                                       int status) {
        return new ConsoleResponse.Page(status, "media.upload.title", T + "upload.ftl", Map.of("errors", errors,
                "alt", alt, "title", title, "maxMb", Sizes.megabytes(media.maxBytes())));
    }

    private ConsoleResponse upload(ConsoleRequest request) {
        String alt = request.params("alt").stream().findFirst().orElse("");
        String title = request.params("title").stream().findFirst().orElse("");
        Optional<ConsoleFile> file = request.file("file").filter(f -> f.size() > 0);
        if (file.isEmpty()) {
            return uploadForm(request, Map.of("file", text(request, "media.error.noFile")), alt, title, 422);
        }
        try {
            MediaFile stored;
            try (InputStream in = Files.newInputStream(file.get().path())) {
                stored = media.store(media.receive(in), file.get().filename(), alt, title, request.identity());
            }
            return ConsoleResponse.redirect(request.sectionBase() + "/" + stored.id(), "media.flash.uploaded");
        } catch (ProblemException e) {
            Map<String, String> errors = errors(e, request.locale());
            return errors.isEmpty() ? problem(e) : uploadForm(request, errors, alt, title, 422);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ConsoleResponse editForm(ConsoleRequest request, MediaFile file, Map<String, String> errors, String alt,
                                     String title, int status) {
        return new ConsoleResponse.Page(status, "media.edit.title", T + "edit.ftl", Map.of("file", item(file, request),
                "errors", errors, "alt", alt, "title", title));
    }

    private ConsoleResponse save(ConsoleRequest request, MediaFile file) {
        String alt = request.params("alt").stream().findFirst().orElse("");
        String title = request.params("title").stream().findFirst().orElse("");
        Map<String, String> errors = new LinkedHashMap<>();
        if (alt.strip().length() > 500) {
            errors.put("alt", text(request, "media.error.altTooLong", "500"));
        }
        if (title.strip().length() > 300) {
            errors.put("title", text(request, "media.error.titleTooLong", "300"));
        }
        if (!errors.isEmpty()) {
            return editForm(request, file, errors, alt, title, 422);
        }
        try {
            media.update(file.id(), new MediaEdit(alt, title, null), request.identity());
            return ConsoleResponse.redirect(request.sectionBase(), "media.flash.saved");
        } catch (ProblemException e) {
            if (e.status() == 409) {
                MediaFile now = media.find(file.id()).orElse(file);
                return editForm(request, now, Map.of("alt", text(request, "media.error.changed")), alt, title, 422);
            }
            Map<String, String> keyed = errors(e, request.locale());
            return keyed.isEmpty() ? problem(e) : editForm(request, file, keyed, alt, title, 422);
        }
    }

    private ConsoleResponse delete(ConsoleRequest request, MediaFile file) {
        media.delete(file.id(), request.identity());
        return ConsoleResponse.redirect(request.sectionBase(), "media.flash.deleted");
    }

    /** The form errors a library problem names, by field, in the user's language; empty if it names none. */
    static Map<String, String> errors(ProblemException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof MediaProblems.MediaProblem problem) {
            for (MediaProblems.Keyed keyed : problem.keyed()) {
                errors.putIfAbsent(keyed.field(), TEXTS.text(locale, keyed.key(), keyed.args()));
            }
        }
        return errors;
    }

    private static ConsoleResponse problem(ProblemException e) {
        return switch (e.status()) {
            case 403 -> ConsoleResponse.forbidden();
            case 404 -> ConsoleResponse.notFound();
            case 409 -> ConsoleResponse.conflict("media.error.changed");
            default -> new ConsoleResponse.Problem(e.status() >= 400 && e.status() < 500 ? e.status() : 500,
                    "media.error.failed");
        };
    }

    /** One file as the templates show it, without nulls. */
    Map<String, Object> item(MediaFile file, ConsoleRequest request) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", file.id());
        item.put("filename", file.filename());
        item.put("mediaType", file.mediaType());
        item.put("kind", file.kind());
        item.put("kindText", text(request, "media.kind." + file.kind()));
        item.put("size", Sizes.size(file.size(), request.locale()));
        item.put("alt", nonNull(file.alt()));
        item.put("title", nonNull(file.title()));
        item.put("uploadedBy", nonNull(file.uploadedBy()));
        item.put("createdAt", file.createdAt());
        item.put("url", file.url());
        item.put("thumb", thumbnail(file));
        item.put("dimensions", file.width() == null || file.height() == null ? "" : file.width() + " × " + file.height());
        item.put("mayChange", MediaService.mayChange(file, request.identity()));
        return item;
    }

    /** The smallest rendition of an image, else the image itself; empty for a document. */
    static String thumbnail(MediaFile file) {
        if (!MediaFile.IMAGE.equals(file.kind())) {
            return "";
        }
        return file.renditions().stream().min(Comparator.comparingInt(Rendition::width)).map(Rendition::url)
                .orElse(file.url());
    }

    private static String query(String kind, String q) {
        List<String> parts = new ArrayList<>();
        if (!kind.isEmpty()) {
            parts.add("kind=" + URLEncoder.encode(kind, StandardCharsets.UTF_8));
        }
        if (!q.isEmpty()) {
            parts.add("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    private static Map<String, Object> option(String value, String label) {
        return Map.of("value", value, "label", label);
    }

    private static Optional<Long> id(String segment) {
        try {
            return Optional.of(Long.parseLong(segment)).filter(i -> i > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String text(ConsoleRequest request, String key, String... args) {
        return TEXTS.text(request.locale(), key, List.of(args));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
