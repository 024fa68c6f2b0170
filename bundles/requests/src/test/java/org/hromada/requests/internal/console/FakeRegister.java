package org.hromada.requests.internal.console;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.attachments.Attachments;
import org.hromada.requests.internal.attachments.Upload;
import org.hromada.requests.internal.entities.Answer;
import org.hromada.requests.internal.entities.Extension;
import org.hromada.requests.internal.entities.Requester;
import org.hromada.requests.internal.entities.Urgency;
import org.hromada.requests.internal.stats.Counts;
import org.hromada.requests.internal.stats.StatisticsView;
import org.hromada.requests.internal.store.DueSummary;
import org.hromada.requests.internal.web.AttachmentView;
import org.hromada.requests.internal.web.DeadlineChangeView;
import org.hromada.requests.internal.web.ListParams;
import org.hromada.requests.internal.web.NoticeView;
import org.hromada.requests.internal.web.Registered;
import org.hromada.requests.internal.web.RequestView;
import org.hromada.requests.internal.web.SubmissionRequest;
import org.hromada.requests.internal.web.TransitionRequest;

/**
 * The register in memory: request 12 registered (overdue), 13 in progress (due today), 14 answered
 * (extended first). Writes are recorded in {@link #writes}; a registration without a description and a
 * transition in {@link #nextProblem} are refused as the store would.
 */
final class FakeRegister implements RequestsRegister {
    static final Identity EDITOR = new Identity("olena", Set.of("editor"), Channels.CONSOLE);
    static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    final List<Object> writes = new ArrayList<>();
    ProblemException nextProblem;
    String lastWords;

    @Override
    public PageResult<RequestView> list(ListParams params, String words) {
        lastWords = words;
        return new PageResult<>(List.of(request(12), request(13), request(14)), 45, params.page(), params.size());
    }

    @Override
    public Optional<RequestView> find(long id) {
        return id >= 12 && id <= 14 ? Optional.of(request(id)) : Optional.empty();
    }

    @Override
    public DueSummary due(int limit) {
        return new DueSummary(1, 1, 2, List.of(request(12), request(13)));
    }

    @Override
    public StatisticsView statistics(int year) {
        Counts one = new Counts(3, 1, 1, 1, 0, 1, 0, 0, 0, 1, 1);
        Map<Integer, Counts> months = new java.util.TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            months.put(m, m == 4 ? one : new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        }
        return new StatisticsView(year, one, Map.of("post", one), Map.of("", one), months);
    }

    @Override
    public Registered register(SubmissionRequest request, Identity who) {
        if (request.description() == null) {
            throw ProblemException.invalid(List.of(new FieldError("description", "is required")));
        }
        writes.add(request);
        return new Registered(15L, "З-2026-0015", NOW, LocalDate.of(2026, 5, 11), NOW, "ABCD-EFGH-JKLM");
    }

    @Override
    public RequestView update(long id, SubmissionRequest request, Identity who) {
        writes.add(request);
        return request(id);
    }

    @Override
    public RequestView transition(long id, TransitionRequest request, Identity who) {
        if (nextProblem != null) {
            throw nextProblem;
        }
        writes.add(request);
        return request(id);
    }

    /**
     * 12: registered and overdue; 13: in progress, due today, a letter neither signed nor dated; 14: answered on
     * time after an extension, its copying fee charged and paid.
     */
    static RequestView request(long id) {
        String status = id == 12 ? "registered" : id == 13 ? "in_progress" : "answered";
        LocalDate dueOn = id == 12 ? LocalDate.of(2026, 5, 1) : id == 13 ? LocalDate.of(2026, 5, 4) : LocalDate.of(2026, 5, 20);
        Instant receivedAt = Instant.parse("2026-04-24T07:30:00Z");
        Answer answer = id == 14 ? new Answer("Відповідь <повна>", 12, new BigDecimal("5.00"), false) : null;
        Extension extension = id == 14 ? new Extension("Великий обсяг", NOW) : null;
        return new RequestView(id, 1, "З-2026-00" + id, receivedAt, "post",
                new Requester("Олена <Коваль>", id == 12 ? null : "olena@example.org", "вул. Шевченка, 1", null),
                "Копії рішень про бюджет", id == 13, id == 13 ? new Urgency("emergency", "Паводок") : null, status,
                id == 12 ? null : "Фінансовий відділ", id == 12 ? null : "Петренко", dueOn,
                dueOn.plusDays(1).atStartOfDay(ZoneOffset.ofHours(3)).toInstant(), id == 12, id == 14 ? Boolean.TRUE : null,
                extension, id == 14 ? NOW : null, answer, null, null, null, "olena", receivedAt, NOW,
                List.of(new DeadlineChangeView(receivedAt, "initial", null, dueOn, "5 working days from receipt", "olena")),
                id == 14 ? List.of(new NoticeView("answered", "olena@example.org", NOW, 1, NOW, false, null, null)) : List.of(),
                id == 14 ? new RequestView.Fee(new BigDecimal("5.00"), 12, "IBAN UA00 0000 0000 0000 0000 0000 000", NOW,
                        true, LocalDate.of(2026, 5, 6), "ПН-17") : null,
                "written", id == 13 ? null : LocalDate.of(2026, 4, 22), id != 13, null, null);
    }

    static ConsoleRequest request(String method, String path, String language, Map<String, List<String>> params) {
        return new ConsoleRequest(method, path, params, List.of(), EDITOR, Locale.forLanguageTag(language),
                RequestsSection.BASE, "csrf");
    }

    /** Parameters from pairs; a name given twice gets both values. */
    static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> params = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return params;
    }

    @Override
    public List<AttachmentView> attachments(long id) {
        return List.of();
    }

    /** The console pages under test here never upload: the contract tests cover files through the real store. */
    @Override
    public AttachmentView attach(long id, Upload file, Identity who) {
        throw new AssertionError("not used by these tests");
    }

    @Override
    public void detach(long id, long attachmentId, Identity who) {
        throw new AssertionError("not used by these tests");
    }

    @Override
    public Attachments.Download download(long id, long attachmentId) {
        throw new AssertionError("not used by these tests");
    }
}
