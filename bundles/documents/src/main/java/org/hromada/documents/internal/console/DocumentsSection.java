package org.hromada.documents.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hromada.documents.internal.web.DocumentView;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleSection;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /console/documents}: the register (list, editor, links, attachments) and the deadline list,
 * for administrators and editors, as the documents API allows them. This class routes; the pages are
 * {@link RegistryPage}, {@link DocumentEditor}, {@link DocumentParts} and {@link DeadlinePage}.
 */
@Component(service = ConsoleSection.class)
public class DocumentsSection implements ConsoleSection {
    static final String T = "console/documents/";
    static final String BASE = "/console/documents";
    private static final Logger LOG = LoggerFactory.getLogger(DocumentsSection.class);

    private final DocumentsConsole services;
    private final RegistryPage registry;
    private final DocumentEditor editor;
    private final DocumentParts parts;
    private final DeadlinePage deadlines;

    @Activate
    public DocumentsSection(@Reference DocumentsConsole services) {
        Choices choices = new Choices(services);
        this.services = services;
        this.registry = new RegistryPage(services, choices);
        this.editor = new DocumentEditor(services, choices);
        this.parts = new DocumentParts(services, editor);
        this.deadlines = new DeadlinePage(services);
    }

    @Override
    public String id() {
        return "documents";
    }

    @Override
    public String menuKey() {
        return "documents.menu";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN, Roles.EDITOR);
    }

    @Override
    public ConsoleResponse handle(ConsoleRequest request) {
        try {
            return route(request);
        } catch (ProblemException e) {
            return problem(e);
        } catch (RuntimeException e) {
            LOG.error("Console {} {} failed", request.method(), request.sectionBase() + request.path(), e);
            return new ConsoleResponse.Problem(500, "documents.error.failed");
        }
    }

    private ConsoleResponse route(ConsoleRequest request) {
        List<String> s = request.segments();
        boolean post = request.isPost();
        if (s.isEmpty() || s.size() == 1 && s.get(0).isEmpty()) {
            return post ? ConsoleResponse.notFound() : registry.list(request);
        }
        String first = s.get(0);
        if (s.size() == 1 && "new".equals(first)) {
            return post ? editor.create(request) : editor.newForm(request);
        }
        if (s.size() == 1 && "deadlines".equals(first)) {
            return post ? ConsoleResponse.notFound() : deadlines.list(request);
        }
        Optional<DocumentView> found = ConsoleForms.id(first).flatMap(id -> services.documents.find(id, false));
        if (found.isEmpty()) {
            return ConsoleResponse.notFound();
        }
        DocumentView d = found.get();
        if (s.size() == 1) {
            return post ? editor.save(request, d) : editor.edit(request, d);
        }
        String second = s.get(1);
        if (s.size() == 2) {
            return switch (second) {
                case "delete" -> post ? editor.delete(request, d) : editor.confirmDelete(request, d);
                case "links" -> post ? parts.link(request, d) : ConsoleResponse.notFound();
                case "attachments" -> post ? parts.upload(request, d) : ConsoleResponse.notFound();
                default -> ConsoleResponse.notFound();
            };
        }
        Optional<Long> partId = ConsoleForms.id(s.get(2));
        if (s.size() == 4 && post && "remove".equals(s.get(3)) && partId.isPresent()) {
            if ("links".equals(second)) {
                return parts.unlink(request, d, partId.get());
            }
            if ("attachments".equals(second)) {
                return parts.detach(request, d, partId.get());
            }
        }
        return ConsoleResponse.notFound();
    }

    /** A store's refusal that no page handled: the console's error page with its status. */
    static ConsoleResponse problem(ProblemException e) {
        return switch (e.status()) {
            case 403 -> ConsoleResponse.forbidden();
            case 404 -> ConsoleResponse.notFound();
            case 409 -> ConsoleResponse.conflict("documents.error.conflict");
            default -> new ConsoleResponse.Problem(e.status() >= 400 && e.status() < 500 ? e.status() : 500,
                    "documents.error.failed");
        };
    }
}
