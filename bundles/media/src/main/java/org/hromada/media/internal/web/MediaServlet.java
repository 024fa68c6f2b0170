package org.hromada.media.internal.web;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.hromada.media.internal.MediaService;
import org.hromada.media.internal.files.AllowedType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The public files at {@code /media/*} (a more specific whiteboard pattern than the site's
 * {@code /*}): originals and renditions by their content address. A hash or name that no record
 * has is a 404, so the folder is never listed or probed. GET and HEAD; registered while the media
 * bundle is active.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/media/*",
        "osgi.http.whiteboard.servlet.name=hromada-media"})
public class MediaServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient MediaService media;

    @Activate
    public MediaServlet(@Reference MediaService media) {
        this.media = media;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        Optional<Served> found = MediaPath.parse(request.getPathInfo()).flatMap(this::locate);
        if (found.isEmpty() || !Files.isRegularFile(found.get().file())) {
            notFound(response);
            return;
        }
        Served served = found.get();
        ServedHeaders.of(served.type(), served.path().filename(), served.etag()).forEach(response::setHeader);
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(served.etag()) || ifNoneMatch.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        try {
            long size = Files.size(served.file());
            response.setContentLengthLong(size);
            if (body) {
                try (OutputStream out = response.getOutputStream()) {
                    Files.copy(served.file(), out);
                }
            }
        } catch (NoSuchFileException deletedMeanwhile) {
            response.reset();
            notFound(response);
        }
    }

    /** The file of an address, if a record has that hash and name (and, for a rendition, that width). */
    private Optional<Served> locate(MediaPath path) {
        return media.servedType(path.sha256(), path.filename()).flatMap(AllowedType::ofMediaType).flatMap(type -> {
            if (path.width() == null) {
                return Optional.of(new Served(path, type, media.blobs().original(path.sha256()),
                        "\"" + path.sha256() + "\""));
            }
            if (!media.hasRendition(path.sha256(), path.filename(), path.width())) {
                return Optional.empty();
            }
            return Optional.of(new Served(path, type, media.blobs().rendition(path.sha256(), path.width(),
                    type.extension()), "\"" + path.sha256() + "-" + path.width() + "\""));
        });
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write("Not found\n");
    }

    private record Served(MediaPath path, AllowedType type, Path file, String etag) {
    }
}
