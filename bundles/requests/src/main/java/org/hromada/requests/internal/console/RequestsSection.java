package org.hromada.requests.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleSection;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.office.OfficeBook;
import org.hromada.requests.internal.web.RequestView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /console/requests}: the register of information requests for administrators and editors, as
 * the requests API allows them. This class routes; the pages are {@link RegisterPage},
 * {@link RegistrationPage}, {@link RequestPage}, {@link ActionPage}, {@link StatisticsPage} and
 * {@link OfficePage} (where to send requests).
 */
@Component(service = ConsoleSection.class)
public class RequestsSection implements ConsoleSection {
    static final String T = "console/requests/";
    static final String BASE = "/console/requests";
    private static final Logger LOG = LoggerFactory.getLogger(RequestsSection.class);

    private final RequestsRegister register;
    private final RegisterPage list;
    private final RegistrationPage registration;
    private final RequestPage details;
    private final ActionPage actions;
    private final StatisticsPage statistics;
    private final FilesPage files;
    private final OfficePage office;

    @Activate
    public RequestsSection(@Reference RequestsRegister register, @Reference OfficeBook office) {
        this(register, office, Clock.systemUTC());
    }

    RequestsSection(RequestsRegister register, Clock clock) {
        this(register, null, clock);
    }

    RequestsSection(RequestsRegister register, OfficeBook office, Clock clock) {
        this.register = register;
        this.list = new RegisterPage(register, clock);
        this.registration = new RegistrationPage(register, clock);
        this.details = new RequestPage(clock);
        this.actions = new ActionPage(register, clock);
        this.statistics = new StatisticsPage(register, clock);
        this.files = new FilesPage(register, details);
        this.office = office == null ? null : new OfficePage(office);
    }

    @Override
    public String id() {
        return "requests";
    }

    @Override
    public String menuKey() {
        return "requests.menu";
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
            return problem(e);
        } catch (RuntimeException e) {
            LOG.error("Console {} {} failed", request.method(), request.sectionBase() + request.path(), e);
            return new ConsoleResponse.Problem(500, "requests.error.failed");
        }
    }

    private ConsoleResponse route(ConsoleRequest request) {
        List<String> s = request.segments();
        boolean post = request.isPost();
        if (s.isEmpty() || s.size() == 1 && s.get(0).isEmpty()) {
            return post ? ConsoleResponse.notFound() : list.list(request);
        }
        String first = s.get(0);
        if (s.size() == 1) {
            switch (first) {
                case "new":
                    return post ? registration.register(request) : registration.form(request);
                case "statistics":
                    return post ? ConsoleResponse.notFound() : statistics.page(request);
                case "statistics.csv":
                    return post ? ConsoleResponse.notFound() : statistics.csv(request);
                case OfficePage.PATH:
                    return office == null ? ConsoleResponse.notFound() : post ? office.save(request) : office.form(request);
                default:
                    break;
            }
        }
        Optional<RequestView> found = ConsoleForms.id(first).flatMap(register::find);
        if (found.isPresent() && s.size() >= 2 && "attachments".equals(s.get(1))) {
            return files.route(request, found.get(), s.subList(2, s.size()));
        }
        if (found.isEmpty() || s.size() > 2) {
            return ConsoleResponse.notFound();
        }
        if (s.size() == 1) {
            return post ? ConsoleResponse.notFound() : details.show(request, found.get(),
                    register.attachments(found.get().id()), 200, "");
        }
        String action = s.get(1);
        if (!ActionPage.known(action)) {
            return ConsoleResponse.notFound();
        }
        return post ? actions.act(request, found.get(), action) : actions.form(request, found.get(), action);
    }

    /** A store's refusal that no page handled: the console's error page with its status. */
    static ConsoleResponse problem(ProblemException e) {
        return switch (e.status()) {
            case 403 -> ConsoleResponse.forbidden();
            case 404 -> ConsoleResponse.notFound();
            case 409 -> ConsoleResponse.conflict("requests.error.conflict");
            default -> new ConsoleResponse.Problem(e.status() >= 400 && e.status() < 500 ? e.status() : 500,
                    "requests.error.failed");
        };
    }
}
