package org.hromada.requests.internal.store;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.audit.AuditLog;
import org.hromada.platform.api.calendar.WorkingDayCalendar;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.attachments.Attachments;
import org.hromada.requests.internal.attachments.CheckedFile;
import org.hromada.requests.internal.attachments.DownloadTokens;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.deadlines.Term;
import org.hromada.requests.internal.entities.AttachmentEntity;
import org.hromada.requests.internal.entities.DeadlineChangeEntity;
import org.hromada.requests.internal.entities.RequestEntity;
import org.hromada.requests.internal.mail.Outbox;
import org.hromada.requests.internal.model.Fees;
import org.hromada.requests.internal.model.Status;
import org.hromada.requests.internal.model.TrackingCode;
import org.hromada.requests.internal.rules.Submission;
import org.hromada.requests.internal.rules.SubmissionRules;
import org.hromada.requests.internal.rules.Transition;
import org.hromada.requests.internal.rules.TransitionRules;
import org.hromada.requests.internal.web.DownloadsResource;
import org.hromada.requests.internal.web.Registered;
import org.hromada.requests.internal.web.RequestView;
import org.hromada.requests.internal.web.SubmissionRequest;
import org.hromada.requests.internal.web.TrackView;
import org.hromada.requests.internal.web.TransitionRequest;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The register's writes: registration, edits, transitions. Each is one transaction that also puts
 * the requester's e-mail into the outbox, so the request is committed before any e-mail is tried;
 * each is one audit entry after the commit.
 */
@Component(service = RequestStore.class)
public class RequestStore {
    /** The actor of a request sent through the public form. */
    static final String PUBLIC = "public";
    static final String FEE_PER_PAGE = "hromada.requests.fee.per.page";

    private final Clock clock = Clock.systemUTC();
    private final RecentRegistrations recent = new RecentRegistrations();
    private final Transactions tx;
    private final Outbox outbox;
    private final RequestDeadlines deadlines;
    private final Handling handling;
    private final RequestReads reads;
    private final Attachments attachments;
    private final DownloadTokens tokens;

    // Optional and dynamic: the register works without the audit log; a write is recorded when it is there.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditLog audit;

    @Activate
    public RequestStore(@Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.requests)") Transactions tx,
                        @Reference WorkingDayCalendar calendar, @Reference Outbox outbox, @Reference RequestReads reads,
                        @Reference Attachments attachments, @Reference DownloadTokens tokens, BundleContext context) {
        this.tx = tx;
        this.outbox = outbox;
        this.reads = reads;
        this.attachments = attachments;
        this.tokens = tokens;
        this.deadlines = new RequestDeadlines(calendar);
        this.handling = new Handling(deadlines, Fees.parse(context.getProperty(FEE_PER_PAGE)));
    }

    /** Registers a request from the public ({@code who} null) or from staff; the code is in the result, once. */
    public Registered register(Submission s, Identity who) {
        return register(s, who, List.of());
    }

    /**
     * Registers a request with the files the requester sent (already checked), all in one transaction. The
     * same request sent again within minutes (see {@link RecentRegistrations}) is not registered twice: the
     * answer repeats the first registration.
     */
    public Registered register(Submission s, Identity who, List<CheckedFile> files) {
        String key = RecentRegistrations.key(s, who, files);
        // One registration at a time, so two clicks racing each other cannot both miss the first.
        synchronized (recent) {
            Optional<Registered> earlier = recent.find(key, clock.instant());
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Registered registered = registerOnce(s, who, files);
            recent.remember(key, registered, clock.instant());
            return registered;
        }
    }

    /** The same request registered within the last minutes, if it was: sending it again is not a new try. */
    public Optional<Registered> repeatOf(Submission s, Identity who, List<CheckedFile> files) {
        return recent.find(RecentRegistrations.key(s, who, files), clock.instant());
    }

    private Registered registerOnce(Submission s, Identity who, List<CheckedFile> files) {
        Instant now = clock.instant();
        String code = TrackingCode.generate();
        String actor = who == null ? PUBLIC : who.username();
        RequestEntity r = Writes.run(tx, em -> {
            RequestEntity request = new RequestEntity(Numbers.next(em, s.receivedAt()), s.receivedAt(),
                    s.channel().key(), TrackingCode.hash(code), actor, now);
            fill(request, s);
            request.setFormalities(s.formalities());
            request.setStatus(Status.REGISTERED.key());
            Term term = deadlines.initial(s.receivedAt(), s.urgent());
            request.setDue(term.dueOn(), term.dueAt());
            em.persist(request);
            em.flush();
            history(em, request, new Change("initial", null, term.dueOn(), termReason(s.urgent())), actor, now);
            attachments.keep(em, request.getId(), files, actor, now);
            outbox.enqueue(em, request, "registered");
            return request;
        });
        record(new AuditEntry(actor, who == null ? Channels.API : who.channel(), "request.create", "request",
                String.valueOf(r.getId()), r.getNumber(), Map.of(),
                Map.of("channel", r.getChannel(), "dueOn", String.valueOf(r.getDueOn()))));
        outbox.deliverSoon();
        return new Registered(who == null ? null : r.getId(), r.getNumber(), r.getReceivedAt(), r.getDueOn(),
                r.getDueAt(), code);
    }

    /** Corrects a request's details; a change of urgency changes the deadline, while the first term still runs. */
    public RequestView update(long id, SubmissionRequest req, Identity who) {
        Instant now = clock.instant();
        RequestView view = Writes.run(tx, em -> {
            RequestEntity r = reads.entity(em, id);
            Submission s = SubmissionRules.forUpdate(req, null, r.getReceivedAt());
            if (s.urgent() != r.isUrgent() || !Objects.equals(s.urgency(), r.getUrgency())) {
                changeUrgency(em, r, s, who, now);
            }
            fill(r, s);
            r.setUpdatedAt(now);
            em.flush();
            return reads.view(em, r, now);
        });
        record(AuditEntry.of(who, "request.update", "request", id).withSummary(view.number()));
        return view;
    }

    /**
     * Applies one transition (start, charge, paid, answer, refuse, defer, extend, forward), records a change
     * of its deadline or fee in the history and queues the notice it calls for.
     */
    public RequestView transition(long id, TransitionRequest req, Identity who) {
        Instant now = clock.instant();
        String[] statusBefore = new String[1];
        RequestView view = Writes.run(tx, em -> {
            RequestEntity r = reads.entity(em, id);
            statusBefore[0] = r.getStatus();
            Transition t = TransitionRules.check(req, r.getReceivedAt(), now);
            Effect effect = handling.apply(r, t, now);
            if (effect.deadline() != null) {
                history(em, r, effect.deadline(), who.username(), now);
            }
            if (effect.notice() != null) {
                outbox.enqueue(em, r, effect.notice());
            }
            em.flush();
            return reads.view(em, r, now);
        });
        record(AuditEntry.of(who, "request." + req.action().strip(), "request", id).withSummary(view.number())
                .withChange(Map.of("status", statusBefore[0]), Map.of("status", view.status())));
        outbox.deliverSoon();
        return view;
    }

    /**
     * What the requester sees; 404 alike for an unknown number and a wrong code. Once answered, the answer's
     * files come with fresh download links.
     */
    public TrackView track(String number, String code) {
        return tx.read(em -> {
            RequestEntity r = em.createQuery("select r from RequestEntity r where r.number = :number",
                    RequestEntity.class).setParameter("number", number.strip()).getResultStream().findFirst().orElse(null);
            if (!TrackingCode.matches(code, r == null ? null : r.getTrackingHash())) {
                throw ProblemException.notFound("No request has this number and code.");
            }
            List<TrackView.TrackedFile> files = r.getAnswer() == null ? List.of()
                    : attachments.of(em, r.getId(), AttachmentEntity.ANSWER).stream().map(this::tracked).toList();
            return TrackView.of(r, files);
        });
    }

    private TrackView.TrackedFile tracked(AttachmentEntity a) {
        DownloadTokens.Link link = tokens.issue(a.getId());
        return new TrackView.TrackedFile(a.getFilename(), a.getMediaType(), a.getSize(),
                DownloadsResource.url(link.token()), link.expiresAt());
    }

    private void changeUrgency(EntityManager em, RequestEntity r, Submission s, Identity who, Instant now) {
        Status status = Handling.status(r);
        if (!(status == Status.REGISTERED || status == Status.IN_PROGRESS) || r.getExtension() != null) {
            throw ProblemException.conflict("The urgency can change only while the first term runs (not after an"
                    + " extension, a deferral or an outcome).");
        }
        LocalDate before = r.getDueOn();
        Term term = deadlines.initial(r.getReceivedAt(), s.urgent());
        r.setDue(term.dueOn(), term.dueAt());
        String reason = s.urgent() ? "Urgent (" + s.urgency().ground() + "): " + s.urgency().justification()
                : "Not urgent: the grounds of Article 20 part 2 do not apply";
        history(em, r, new Change("urgency", before, term.dueOn(), reason), who.username(), now);
    }

    private static void fill(RequestEntity r, Submission s) {
        r.setRequester(s.requester());
        r.setDescription(s.description());
        r.setUrgency(s.urgent(), s.urgency());
        r.setDepartment(s.department());
        r.setAssignee(s.assignee());
    }

    private static String termReason(boolean urgent) {
        return urgent ? "48 hours from receipt: urgent (Article 20 part 2)" : "5 working days from receipt (Article 20 part 1)";
    }

    private static void history(EntityManager em, RequestEntity r, Change c, String actor, Instant now) {
        em.persist(new DeadlineChangeEntity(r.getId(), now, c.kind(), c.before(), c.after(), c.reason(), actor));
    }

    private void record(AuditEntry entry) {
        AuditLog log = audit;
        if (log != null) {
            log.record(entry);
        }
    }
}
