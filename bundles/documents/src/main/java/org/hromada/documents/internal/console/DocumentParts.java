package org.hromada.documents.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import org.hromada.documents.internal.web.DocumentView;
import org.hromada.documents.internal.web.LinkRequest;
import org.hromada.platform.api.console.ConsoleFile;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.web.ProblemException;

/**
 * The links and attachments of a document, changed from its editor. An upload takes the REST upload's
 * path: {@code AttachmentUploads} receives a copy of the file (within the media library's limit),
 * detects its type, extracts its text, stores it in the media library and records it.
 */
final class DocumentParts {
    private final DocumentsConsole services;
    private final DocumentEditor editor;

    DocumentParts(DocumentsConsole services, DocumentEditor editor) {
        this.services = services;
        this.editor = editor;
    }

    ConsoleResponse link(ConsoleRequest request, DocumentView d) {
        String type = request.param("type").orElse("");
        Optional<Long> target = request.param("target").flatMap(ConsoleForms::id);
        if (target.isEmpty()) {
            return withError(request, d, 422, "linkError", "documents.error.linkTarget");
        }
        try {
            services.documents.link(d.id(), new LinkRequest(type, target.get()), request.identity());
            return ConsoleResponse.redirect(editorPath(request, d) + "#links", "documents.flash.linked");
        } catch (ProblemException e) {
            String key = switch (e.status()) {
                case 409 -> "documents.error.linkTaken";
                case 422, 400 -> e.errors().stream().anyMatch(f -> "type".equals(f.field()))
                        ? "documents.error.linkType" : "documents.error.linkTarget";
                default -> throw e;
            };
            return withError(request, d, e.status(), "linkError", key);
        }
    }

    ConsoleResponse unlink(ConsoleRequest request, DocumentView d, long linkId) {
        services.documents.unlink(d.id(), linkId, request.identity());
        return ConsoleResponse.redirect(editorPath(request, d) + "#links", "documents.flash.unlinked");
    }

    ConsoleResponse upload(ConsoleRequest request, DocumentView d) {
        Optional<ConsoleFile> file = request.file("file");
        String title = request.param("title").orElse("");
        if (file.isEmpty() || file.get().size() == 0) {
            return uploadError(request, d, 422, "documents.upload.error.noFile", title);
        }
        try (InputStream in = Files.newInputStream(file.get().path())) {
            services.uploads.checkTarget(d.id());
            services.uploads.attach(d.id(), services.uploads.receive(in), file.get().filename(), title,
                    request.identity());
            return ConsoleResponse.redirect(editorPath(request, d) + "#attachments", "documents.flash.attached");
        } catch (ProblemException e) {
            String key = switch (e.status()) {
                case 413 -> "documents.upload.error.size";
                case 415 -> "documents.upload.error.type";
                case 422 -> e.errors().stream().anyMatch(f -> "title".equals(f.field()))
                        ? "documents.upload.error.title" : "documents.upload.error.noFile";
                case 503 -> "documents.upload.error.noLibrary";
                case 404 -> throw e;
                default -> "documents.upload.error.unreadable";
            };
            return uploadError(request, d, e.status() >= 400 && e.status() < 600 ? e.status() : 422, key, title);
        } catch (IOException e) {
            return uploadError(request, d, 400, "documents.upload.error.unreadable", title);
        }
    }

    ConsoleResponse detach(ConsoleRequest request, DocumentView d, long attachmentId) {
        services.attachments.delete(d.id(), attachmentId, request.identity());
        return ConsoleResponse.redirect(editorPath(request, d) + "#attachments", "documents.flash.detached");
    }

    private ConsoleResponse uploadError(ConsoleRequest request, DocumentView d, int status, String key, String title) {
        return editor.page(request, d, DocumentForm.of(d), status, null, Map.of("uploadError", key,
                "uploadTitle", title));
    }

    private ConsoleResponse withError(ConsoleRequest request, DocumentView d, int status, String name, String key) {
        return editor.page(request, d, DocumentForm.of(d), status, null, Map.of(name, key));
    }

    private static String editorPath(ConsoleRequest request, DocumentView d) {
        return request.sectionBase() + "/" + d.id();
    }
}
