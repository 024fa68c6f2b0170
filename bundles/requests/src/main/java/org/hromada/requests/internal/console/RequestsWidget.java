package org.hromada.requests.internal.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleWidget;
import org.hromada.platform.api.security.Roles;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.store.DueSummary;
import org.hromada.requests.internal.stats.Counts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The dashboard box of information requests: overdue, due today and open, the most urgent ones, and the
 * year's figures as the annual report gives them (received, answered on time and late, refused, extended).
 */
@Component(service = ConsoleWidget.class)
public class RequestsWidget implements ConsoleWidget {
    static final int LIMIT = 5;

    private final RequestsRegister register;
    private final Clock clock;

    @Activate
    public RequestsWidget(@Reference RequestsRegister register) {
        this(register, Clock.systemUTC());
    }

    RequestsWidget(RequestsRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "requests-deadlines";
    }

    @Override
    public int order() {
        // Before the documents' deadlines (40): a request's term is days, a publication's weeks.
        return 35;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN, Roles.EDITOR);
    }

    /** Hidden while no request is open and none was received this year. */
    @Override
    public Optional<ConsoleResponse.Page> render(ConsoleRequest request) {
        DueSummary due = register.due(LIMIT);
        LocalDate today = RequestDeadlines.day(clock.instant());
        Counts year = register.statistics(today.getYear()).total();
        if (due.open() == 0 && year.received() == 0) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("overdue", due.overdue());
        model.put("dueToday", due.dueToday());
        model.put("open", due.open());
        model.put("items", due.soonest().stream().map(r -> Rows.row(r, RequestsSection.BASE, today)).toList());
        model.put("overdueLink", RequestsSection.BASE + "?overdue=true");
        model.put("link", RequestsSection.BASE);
        model.put("year", String.valueOf(today.getYear()));
        model.put("received", year.received());
        model.put("answeredOnTime", year.answeredOnTime());
        model.put("answeredLate", year.answeredLate());
        model.put("refused", year.refused());
        model.put("extended", year.extended());
        model.put("statisticsLink", RequestsSection.BASE + "/statistics?year=" + today.getYear());
        return Optional.of(ConsoleResponse.page("requests.widget.title", RequestsSection.T + "widget.ftl", model));
    }
}
