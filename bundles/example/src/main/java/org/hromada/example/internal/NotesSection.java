package org.hromada.example.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleSection;
import org.hromada.platform.api.security.Roles;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The notes in the console at {@code /console/examples}: a list and a form to add one. It shows how
 * a bundle contributes a console section; it comes and goes with the bundle.
 */
@Component(service = ConsoleSection.class)
public class NotesSection implements ConsoleSection {
    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 5000;
    private static final String TEMPLATE = "console/examples/list.ftl";

    @Reference
    private NoteStore notes;

    @Override
    public String id() {
        return "examples";
    }

    @Override
    public String menuKey() {
        return "example.menu";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN, Roles.EDITOR);
    }

    @Override
    public ConsoleResponse handle(ConsoleRequest request) {
        if (!request.path().isEmpty()) {
            return ConsoleResponse.notFound();
        }
        if (!request.isPost()) {
            return ConsoleResponse.page("example.menu", TEMPLATE, model(Map.of(), "", ""));
        }
        String title = request.param("title").orElse("");
        String body = request.param("body").orElse("");
        Map<String, String> errors = errors(title, body);
        if (!errors.isEmpty()) {
            return ConsoleResponse.invalid("example.menu", TEMPLATE, model(errors, title, body));
        }
        notes.add(new NewNote(title, body), request.identity());
        return ConsoleResponse.redirect(request.sectionBase(), "example.saved");
    }

    /** Field name to message key; the template turns keys into text. */
    static Map<String, String> errors(String title, String body) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isBlank()) {
            errors.put("title", "example.error.titleRequired");
        } else if (title.length() > MAX_TITLE) {
            errors.put("title", "example.error.titleTooLong");
        }
        if (body.length() > MAX_BODY) {
            errors.put("body", "example.error.bodyTooLong");
        }
        return errors;
    }

    private Map<String, Object> model(Map<String, String> errors, String title, String body) {
        List<Note> latest = notes.page(1, 50);
        return Map.of("notes", latest, "total", notes.count(), "errors", errors,
                "form", Map.of("title", title, "body", body));
    }
}
