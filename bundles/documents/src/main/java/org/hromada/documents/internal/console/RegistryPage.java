package org.hromada.documents.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hromada.documents.internal.model.Status;
import org.hromada.documents.internal.web.DocumentView;
import org.hromada.documents.internal.web.ListParams;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.web.PageResult;

/** The register: documents newest first, filtered by kind, status, words and year; unknown filter values are ignored. */
final class RegistryPage {
    static final int PAGE_SIZE = 20;

    private final DocumentsConsole services;
    private final Choices choices;

    RegistryPage(DocumentsConsole services, Choices choices) {
        this.services = services;
        this.choices = choices;
    }

    ConsoleResponse list(ConsoleRequest request) {
        Map<String, String> kindNames = choices.kindNames(request);
        String kind = request.param("kind").filter(kindNames::containsKey).orElse("");
        String status = request.param("status").filter(s -> Status.parse(s).isPresent()).orElse("");
        String q = request.param("q").map(v -> ConsoleForms.cut(v, 200)).orElse("");
        String year = request.param("year").filter(y -> y.matches("(19|2\\d)\\d\\d")).orElse("");
        LocalDate from = year.isEmpty() ? null : LocalDate.of(Integer.parseInt(year), 1, 1);
        int page = ConsoleForms.page(request);
        PageResult<DocumentView> result = services.documents.list(new ListParams(kind.isEmpty() ? null : kind, null,
                from, from == null ? null : from.withDayOfYear(from.lengthOfYear()),
                Status.parse(status).orElse(null), null, null, null, q.isEmpty() ? null : q, page, PAGE_SIZE, false));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DocumentView d : result.items()) {
            rows.add(row(d, kindNames, request.sectionBase()));
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("kind", kind);
        filters.put("status", status);
        filters.put("q", q);
        filters.put("year", year);
        Map<String, Object> model = new HashMap<>();
        model.put("base", request.sectionBase());
        model.put("items", rows);
        model.put("total", result.total());
        model.put("page", result.page());
        model.put("size", result.size());
        model.put("filters", filters);
        model.put("query", ConsoleForms.query(filters));
        model.put("kinds", choices.kinds(request));
        model.put("statuses", statusKeys());
        return ConsoleResponse.page("documents.list.title", DocumentsSection.T + "list.ftl", model);
    }

    static Map<String, Object> row(DocumentView d, Map<String, String> kindNames, String base) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", d.id());
        row.put("href", base + "/" + d.id());
        row.put("kind", kindNames.getOrDefault(d.kind(), d.kindName()));
        row.put("number", d.number());
        row.put("adoptedOn", ConsoleForms.text(d.adoptedOn()));
        row.put("title", d.title());
        row.put("status", d.status());
        row.put("deadline", d.deadline() == null ? "no_date" : d.deadline().status());
        row.put("dueOn", d.deadline() == null ? "" : ConsoleForms.text(d.deadline().dueOn()));
        return row;
    }

    static List<String> statusKeys() {
        return java.util.Arrays.stream(Status.values()).map(Status::key).toList();
    }
}
