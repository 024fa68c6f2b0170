package org.hromada.requests.internal.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.console.ConsoleFile;
import org.hromada.platform.api.console.ConsoleForms;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.attachments.AttachmentSettings;
import org.hromada.requests.internal.attachments.Attachments;
import org.hromada.requests.internal.attachments.FileProblem;
import org.hromada.requests.internal.attachments.Upload;
import org.hromada.requests.internal.model.Status;
import org.hromada.requests.internal.web.AttachmentView;
import org.hromada.requests.internal.web.RequestView;

/**
 * The files of a request on its page: {@code /{id}/attachments} takes an upload to the answer (the console
 * has received it within its own limit; the register checks it as the API does), {@code /{id}/attachments/{n}}
 * downloads a file, {@code /{id}/attachments/{n}/delete} detaches one of the answer's while the request is open.
 */
final class FilesPage {
    private final RequestsRegister register;
    private final RequestPage page;

    FilesPage(RequestsRegister register, RequestPage page) {
        this.register = register;
        this.page = page;
    }

    /** The request's files as the page lists them. */
    static List<Map<String, Object>> rows(List<AttachmentView> files, String href, boolean open) {
        return files.stream().map(f -> {
            Map<String, Object> m = new HashMap<>();
            m.put("filename", f.filename());
            m.put("kind", f.kind());
            m.put("size", AttachmentSettings.readable(f.size()));
            m.put("createdAt", f.createdAt());
            m.put("href", href + "/attachments/" + f.id());
            m.put("remove", open && "answer".equals(f.kind()) ? href + "/attachments/" + f.id() + "/delete" : "");
            return m;
        }).toList();
    }

    ConsoleResponse route(ConsoleRequest request, RequestView r, List<String> rest) {
        boolean post = request.isPost();
        if (rest.isEmpty()) {
            return post ? upload(request, r) : ConsoleResponse.notFound();
        }
        Optional<Long> id = ConsoleForms.id(rest.get(0));
        if (id.isEmpty() || rest.size() > 2) {
            return ConsoleResponse.notFound();
        }
        if (rest.size() == 1) {
            if (post) {
                return ConsoleResponse.notFound();
            }
            Attachments.Download d = register.download(r.id(), id.get());
            return new ConsoleResponse.Raw(200, d.mediaType(), d.bytes());
        }
        if (!post || !"delete".equals(rest.get(1))) {
            return ConsoleResponse.notFound();
        }
        register.detach(r.id(), id.get(), request.identity());
        return ConsoleResponse.redirect(request.sectionBase() + "/" + r.id() + "#files-h", "requests.flash.detached");
    }

    private ConsoleResponse upload(ConsoleRequest request, RequestView r) {
        Optional<ConsoleFile> file = request.file("file");
        if (file.isEmpty() || file.get().size() == 0) {
            return again(request, r, 422, "requests.files.error.none");
        }
        ConsoleFile f = file.get();
        try {
            register.attach(r.id(), new Upload("file", f.filename(), f.path(), f.size(), false), request.identity());
            return ConsoleResponse.redirect(request.sectionBase() + "/" + r.id() + "#files-h", "requests.flash.attached");
        } catch (ProblemException e) {
            String key = switch (e.status()) {
                case 413 -> "requests.files.error.size";
                case 409 -> "requests.files.error.closed";
                case 422 -> "requests.files.error." + e.errors().stream().findFirst()
                        .flatMap(x -> FileProblem.in(x.message())).orElse(FileProblem.TYPE).key();
                default -> throw e;
            };
            return again(request, r, e.status() == 409 ? 409 : 422, key);
        }
    }

    private ConsoleResponse again(ConsoleRequest request, RequestView r, int status, String errorKey) {
        return page.show(request, r, register.attachments(r.id()), status, errorKey);
    }
}
