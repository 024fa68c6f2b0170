package org.hromada.documents.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hromada.documents.internal.deadlines.DeadlineItem;
import org.hromada.documents.internal.deadlines.DeadlineReport;
import org.hromada.documents.internal.deadlines.DeadlineStatus;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;

/**
 * The publication deadlines of the last year ({@code DeadlineList}): by default what needs attention
 * (late, at risk, without a date), or one status; the counts of every status link to their lists.
 */
final class DeadlinePage {
    static final int PAGE_SIZE = 50;

    private final DocumentsConsole services;

    DeadlinePage(DocumentsConsole services) {
        this.services = services;
    }

    ConsoleResponse list(ConsoleRequest request) {
        String status = request.param("status").filter(s -> DeadlineStatus.parse(s).isPresent()).orElse("");
        Set<DeadlineStatus> wanted = status.isEmpty() ? attention() : EnumSet.of(DeadlineStatus.parse(status).get());
        DeadlineReport report = services.deadlines.report(wanted, null, ConsoleForms.page(request), PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        String documents = request.sectionBase();
        model.put("base", documents + "/deadlines");
        model.put("status", status);
        model.put("query", ConsoleForms.query(Map.of("status", status)));
        model.put("counts", counts(report));
        model.put("items", items(report, documents));
        model.put("total", report.total());
        model.put("page", report.page());
        model.put("size", report.size());
        return ConsoleResponse.page("documents.deadlines.title", DocumentsSection.T + "deadlines.ftl", model);
    }

    /** The statuses an editor has to act on. */
    static Set<DeadlineStatus> attention() {
        Set<DeadlineStatus> wanted = EnumSet.noneOf(DeadlineStatus.class);
        Arrays.stream(DeadlineStatus.values()).filter(DeadlineStatus::needsAttention).forEach(wanted::add);
        return wanted;
    }

    /** Every status with its count (0 included), in the enum's order. */
    static Map<String, Long> counts(DeadlineReport report) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DeadlineStatus s : DeadlineStatus.values()) {
            counts.put(s.key(), report.counts().getOrDefault(s.key(), 0L));
        }
        return counts;
    }

    static List<Map<String, Object>> items(DeadlineReport report, String documentsBase) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (DeadlineItem i : report.items()) {
            Map<String, Object> row = new HashMap<>();
            row.put("href", documentsBase + "/" + i.id());
            row.put("kind", i.kindName());
            row.put("number", i.number());
            row.put("title", i.title());
            row.put("adoptedOn", ConsoleForms.text(i.adoptedOn()));
            row.put("status", i.deadline().status());
            row.put("rule", i.deadline().rule());
            row.put("dueOn", ConsoleForms.text(i.deadline().dueOn()));
            row.put("daysLate", i.deadline().workingDaysLate());
            items.add(row);
        }
        return items;
    }
}
