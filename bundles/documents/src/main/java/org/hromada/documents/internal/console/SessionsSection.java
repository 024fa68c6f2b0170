package org.hromada.documents.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hromada.documents.internal.sessions.ItemView;
import org.hromada.documents.internal.sessions.SessionView;
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
 * {@code /console/sessions}: sessions with their agenda and roll-call votes, for administrators and
 * editors. This class routes; the pages are {@link SessionPages}, {@link AgendaPages} and {@link VotePages}.
 */
@Component(service = ConsoleSection.class)
public class SessionsSection implements ConsoleSection {
    static final String T = "console/documents/";
    private static final Logger LOG = LoggerFactory.getLogger(SessionsSection.class);

    private final DocumentsConsole services;
    private final SessionPages sessions;
    private final AgendaPages agenda;
    private final VotePages votes;

    @Activate
    public SessionsSection(@Reference DocumentsConsole services) {
        Choices choices = new Choices(services);
        this.services = services;
        this.sessions = new SessionPages(services, choices);
        this.agenda = new AgendaPages(services, choices);
        this.votes = new VotePages(services);
    }

    @Override
    public String id() {
        return "sessions";
    }

    @Override
    public String menuKey() {
        return "sessions.menu";
    }

    @Override
    public int order() {
        return 55;
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
            return DocumentsSection.problem(e);
        } catch (RuntimeException e) {
            LOG.error("Console {} {} failed", request.method(), request.sectionBase() + request.path(), e);
            return new ConsoleResponse.Problem(500, "documents.error.failed");
        }
    }

    private ConsoleResponse route(ConsoleRequest request) {
        List<String> s = request.segments();
        boolean post = request.isPost();
        if (s.isEmpty() || s.size() == 1 && s.get(0).isEmpty()) {
            return post ? ConsoleResponse.notFound() : sessions.list(request);
        }
        if (s.size() == 1 && "new".equals(s.get(0))) {
            return post ? sessions.create(request) : sessions.newForm(request);
        }
        Optional<SessionView> found = ConsoleForms.id(s.get(0)).flatMap(id -> services.sessions.find(id, false));
        if (found.isEmpty()) {
            return ConsoleResponse.notFound();
        }
        SessionView session = found.get();
        if (s.size() == 1) {
            return post ? sessions.save(request, session) : sessions.edit(request, session);
        }
        if (s.size() == 2 && "delete".equals(s.get(1))) {
            return post ? sessions.delete(request, session) : sessions.confirmDelete(request, session);
        }
        if (!"items".equals(s.get(1)) || s.size() < 3 || s.size() > 4) {
            return ConsoleResponse.notFound();
        }
        if (s.size() == 3 && "new".equals(s.get(2))) {
            return post ? agenda.create(request, session) : agenda.newForm(request, session);
        }
        Optional<ItemView> item = ConsoleForms.id(s.get(2))
                .flatMap(id -> session.items().stream().filter(i -> i.id() == id).findFirst());
        if (item.isEmpty()) {
            return ConsoleResponse.notFound();
        }
        if (s.size() == 3) {
            return post ? agenda.save(request, session, item.get()) : agenda.edit(request, session, item.get());
        }
        return switch (s.get(3)) {
            case "votes" -> post ? votes.save(request, session, item.get()) : votes.sheet(request, session, item.get());
            case "remove" -> post ? agenda.remove(request, session, item.get()) : ConsoleResponse.notFound();
            default -> ConsoleResponse.notFound();
        };
    }
}
