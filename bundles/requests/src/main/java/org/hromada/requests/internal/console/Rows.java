package org.hromada.requests.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hromada.requests.internal.model.Status;
import org.hromada.requests.internal.web.RequestView;

/** A request as a row of the register, the dashboard box and the heading of its page, with its deadline's label. */
final class Rows {
    /** A deadline this many days ahead or nearer is "due soon". */
    static final int SOON_DAYS = 2;

    private Rows() {
    }

    static Map<String, Object> row(RequestView r, String base, LocalDate today) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", r.id());
        row.put("href", base + "/" + r.id());
        row.put("number", r.number());
        row.put("receivedAt", r.receivedAt());
        row.put("requester", r.requester() == null ? "" : r.requester().name());
        row.put("channel", r.channel());
        row.put("status", r.status());
        row.put("department", ConsoleForms.text(r.department()));
        row.put("assignee", ConsoleForms.text(r.assignee()));
        row.put("dueOn", ConsoleForms.text(r.dueOn()));
        row.put("due", due(r, today));
        row.put("urgent", r.urgent());
        return row;
    }

    /**
     * The deadline's label: {@code overdue}, {@code today}, {@code soon} or {@code running} while the
     * request is open; {@code met} or {@code late} once answered or refused; {@code none} when forwarded.
     */
    static String due(RequestView r, LocalDate today) {
        if (Status.isOpen(r.status())) {
            if (r.overdue()) {
                return "overdue";
            }
            if (r.dueOn() == null) {
                return "none";
            }
            if (!r.dueOn().isAfter(today)) {
                return "today";
            }
            return r.dueOn().isAfter(today.plusDays(SOON_DAYS)) ? "running" : "soon";
        }
        if (r.onTime() == null) {
            return "none";
        }
        return r.onTime() ? "met" : "late";
    }
}
