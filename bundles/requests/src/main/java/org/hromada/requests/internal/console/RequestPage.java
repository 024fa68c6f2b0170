package org.hromada.requests.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.model.Action;
import org.hromada.requests.internal.model.Keyed;
import org.hromada.requests.internal.model.Status;
import org.hromada.requests.internal.web.AttachmentView;
import org.hromada.requests.internal.web.DeadlineChangeView;
import org.hromada.requests.internal.web.NoticeView;
import org.hromada.requests.internal.web.RequestView;

/**
 * One request: its fields, the deadline and its history with reasons, the e-mails to the requester,
 * its outcome, and links to the actions its status allows.
 */
final class RequestPage {
    private final Clock clock;

    RequestPage(Clock clock) {
        this.clock = clock;
    }

    ConsoleResponse show(ConsoleRequest request, RequestView r) {
        return show(request, r, List.of(), 200, "");
    }

    /** The page with the request's files; {@code status} and {@code fileError} (a message key) after a refused upload. */
    ConsoleResponse show(ConsoleRequest request, RequestView r, List<AttachmentView> files, int status, String fileError) {
        Map<String, Object> model = new HashMap<>();
        boolean open = Status.isOpen(r.status()) && r.closedAt() == null;
        String href = request.sectionBase() + "/" + r.id();
        model.put("files", FilesPage.rows(files, href, open));
        model.put("filesOpen", open);
        model.put("filesAction", href + "/attachments");
        model.put("fileError", fileError);
        model.put("base", request.sectionBase());
        model.put("request", details(r, request.sectionBase(), RequestDeadlines.day(clock.instant())));
        model.put("outcome", Outcome.of(r));
        model.put("history", r.deadlineHistory().stream().map(RequestPage::change).toList());
        model.put("notices", r.notices().stream().map(RequestPage::notice).toList());
        model.put("actions", actions(r));
        return new ConsoleResponse.Page(status, "requests.request.title", RequestsSection.T + "request.ftl", model);
    }

    /** The row of the register with everything else the page shows. */
    static Map<String, Object> details(RequestView r, String base, LocalDate today) {
        Map<String, Object> d = Rows.row(r, base, today);
        d.put("email", ConsoleForms.text(r.requester().email()));
        d.put("postalAddress", ConsoleForms.text(r.requester().postalAddress()));
        d.put("phone", ConsoleForms.text(r.requester().phone()));
        d.put("description", r.description());
        d.put("urgencyGround", r.urgency() == null ? "" : ConsoleForms.text(r.urgency().ground()));
        d.put("urgencyJustification", r.urgency() == null ? "" : ConsoleForms.text(r.urgency().justification()));
        d.put("dueAt", r.dueAt());
        d.put("createdBy", r.createdBy());
        d.put("closedAt", r.closedAt());
        d.put("form", ConsoleForms.text(r.form()));
        d.put("writtenOn", ConsoleForms.text(r.writtenOn()));
        d.put("signed", r.signed() == null ? "" : r.signed() ? "yes" : "no");
        d.put("recordedBy", ConsoleForms.text(r.recordedBy()));
        d.put("recordedByPhone", ConsoleForms.text(r.recordedByPhone()));
        d.put("incomplete", r.unsignedOrUndated());
        return d;
    }

    /** The actions the request's status allows, in the order of handling; {@code assign} while it is open. */
    static List<String> actions(RequestView r) {
        Status status = Keyed.parse(Status.class, r.status()).orElse(null);
        List<String> actions = new ArrayList<>();
        if (status == null) {
            return actions;
        }
        if (Status.OPEN.contains(status)) {
            actions.add(TransitionForm.ASSIGN);
        }
        for (Action a : Action.values()) {
            if (a.allowedFrom(status) && !(a == Action.EXTEND && r.extension() != null)) {
                actions.add(a.key());
            }
        }
        return actions;
    }

    private static Map<String, Object> change(DeadlineChangeView c) {
        Map<String, Object> m = new HashMap<>();
        m.put("changedAt", c.changedAt());
        m.put("kind", c.kind());
        m.put("before", ConsoleForms.text(c.dueBefore()));
        m.put("after", ConsoleForms.text(c.dueAfter()));
        m.put("reason", c.reason());
        m.put("actor", c.actor());
        return m;
    }

    private static Map<String, Object> notice(NoticeView n) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", n.kind());
        m.put("recipient", n.recipient());
        m.put("createdAt", n.createdAt());
        m.put("state", n.sentAt() != null ? "sent" : n.failed() ? "failed" : "pending");
        m.put("attempts", n.attempts());
        m.put("lastError", ConsoleForms.text(n.lastError()));
        return m;
    }
}
