package org.hromada.requests.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.web.PageResult;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.model.Channel;
import org.hromada.requests.internal.model.Keyed;
import org.hromada.requests.internal.model.Status;
import org.hromada.requests.internal.web.ListParams;
import org.hromada.requests.internal.web.RequestView;

/** The register: newest first, filtered by status, channel, department, overdue and words; unknown values are ignored. */
final class RegisterPage {
    static final int PAGE_SIZE = 20;

    private final RequestsRegister register;
    private final Clock clock;

    RegisterPage(RequestsRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    ConsoleResponse list(ConsoleRequest request) {
        String status = request.param("status").filter(s -> Keyed.parse(Status.class, s).isPresent()).orElse("");
        String channel = request.param("channel").filter(c -> Keyed.parse(Channel.class, c).isPresent()).orElse("");
        String department = request.param("department").map(d -> ConsoleForms.cut(d, 200)).orElse("");
        String q = request.param("q").map(v -> ConsoleForms.cut(v, 200)).orElse("");
        boolean overdue = ConsoleForms.checkbox(request.params("overdue"));
        PageResult<RequestView> result = register.list(new ListParams(Keyed.parse(Status.class, status).orElse(null),
                Keyed.parse(Channel.class, channel).orElse(null), department.isEmpty() ? null : department, null, null,
                overdue, ConsoleForms.page(request), PAGE_SIZE), q.isEmpty() ? null : q);
        LocalDate today = RequestDeadlines.day(clock.instant());
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", status);
        filters.put("channel", channel);
        filters.put("department", department);
        filters.put("overdue", overdue ? "true" : "");
        filters.put("q", q);
        Map<String, Object> model = new HashMap<>();
        model.put("base", request.sectionBase());
        model.put("items", result.items().stream().map(r -> Rows.row(r, request.sectionBase(), today)).toList());
        model.put("total", result.total());
        model.put("page", result.page());
        model.put("size", result.size());
        model.put("filters", filters);
        model.put("query", ConsoleForms.query(filters));
        model.put("statuses", keys(Status.values()));
        model.put("channels", keys(Channel.values()));
        return ConsoleResponse.page("requests.list.title", RequestsSection.T + "list.ftl", model);
    }

    static List<String> keys(Keyed[] values) {
        return Arrays.stream(values).map(Keyed::key).toList();
    }
}
