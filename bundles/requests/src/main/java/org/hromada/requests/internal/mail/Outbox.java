package org.hromada.requests.internal.mail;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.site.SiteUrls;
import org.hromada.requests.internal.attachments.Attachments;
import org.hromada.requests.internal.attachments.AttachmentSettings;
import org.hromada.requests.internal.entities.AttachmentEntity;
import org.hromada.requests.internal.entities.OutboxEntity;
import org.hromada.requests.internal.entities.RequestEntity;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E-mail to requesters, kept in the outbox table: written in the transaction of the change it tells
 * about (so the change never waits for, nor fails with, the mail server), sent on this bundle's own
 * thread right after the commit, and tried again with {@link RetryPolicy} when sending fails. With
 * no {@code hromada.mail.host} nothing is written, and that is logged once.
 */
@Component(service = Outbox.class)
public class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    static final String RETRY_SECONDS = "hromada.mail.retry.seconds";
    private static final int BATCH = 20;
    private static final int MAX_ATTEMPTS = 20;

    private final Clock clock = Clock.systemUTC();
    private final Transactions tx;
    private final MailSettings settings;
    private final MailSender sender;
    private final RetryPolicy retry;
    private final ScheduledExecutorService executor;
    private final Attachments attachments;
    private final String trackAddress;

    @Activate
    public Outbox(@Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.requests)") Transactions tx,
                  @Reference Attachments attachments, BundleContext context) {
        this.tx = tx;
        this.attachments = attachments;
        String site = SiteUrls.normalise(context.getProperty(SiteUrls.PROPERTY));
        this.trackAddress = site.isEmpty() ? "" : site + "/request-information/track";
        this.settings = MailSettings.from(context::getProperty);
        this.sender = new MailSender(settings);
        this.retry = new RetryPolicy(Duration.ofSeconds(positive(context.getProperty(RETRY_SECONDS), 60)), MAX_ATTEMPTS);
        if (!settings.configured()) {
            LOG.info("No hromada.mail.host is set: requesters get no e-mail (confirmations and notices are not sent).");
            this.executor = null;
            return;
        }
        LOG.info("E-mail to requesters goes through {}", settings);
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "hromada-requests-outbox");
            thread.setDaemon(true);
            return thread;
        });
        long period = retry.base().toSeconds();
        executor.scheduleWithFixedDelay(this::deliverDue, period, period, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /**
     * Puts the notice of {@code kind} about {@code r} into the outbox, in the caller's transaction. An answer's
     * files go with its e-mail when together they are within {@code requests.attachments.mail.max.bytes};
     * otherwise the e-mail names them and where to download them.
     */
    public void enqueue(EntityManager em, RequestEntity r, String kind) {
        String to = r.getRequester().email();
        if (!settings.configured() || to == null) {
            return;
        }
        List<AttachmentEntity> files = "answered".equals(kind)
                ? attachments.of(em, r.getId(), AttachmentEntity.ANSWER) : List.of();
        AttachmentSettings limits = attachments.settings();
        boolean attached = !files.isEmpty()
                && files.stream().mapToLong(AttachmentEntity::getSize).sum() <= limits.mailMaxBytes();
        Mail mail = Notices.of(kind, r, new Notices.Files(files.stream().map(f -> f.getFilename() + " ("
                + AttachmentSettings.readable(f.getSize()) + ")").toList(), attached, trackAddress));
        OutboxEntity entry = new OutboxEntity(r.getId(), kind, to, mail.subject(), mail.body(), clock.instant());
        em.persist(attached ? entry.withAttachments() : entry);
    }

    /** Sends what is due on the outbox thread, after the caller's commit; never blocks the caller. */
    public void deliverSoon() {
        if (executor != null && !executor.isShutdown()) {
            executor.execute(this::deliverDue);
        }
    }

    /** The notices of one request, for staff: what was sent, what is waiting, what failed. */
    public List<OutboxEntity> of(EntityManager em, long requestId) {
        return em.createQuery("select o from OutboxEntity o where o.requestId = :id order by o.id", OutboxEntity.class)
                .setParameter("id", requestId).getResultList();
    }

    void deliverDue() {
        try {
            Instant now = clock.instant();
            List<OutboxEntity> due = tx.read(em -> em.createQuery("select o from OutboxEntity o where o.sentAt is null"
                    + " and o.failed = false and o.nextAttemptAt <= :now order by o.id", OutboxEntity.class)
                    .setParameter("now", now).setMaxResults(BATCH).getResultList());
            due.forEach(this::deliver);
        } catch (RuntimeException e) {
            // the database may be gone for a moment; the next round tries again
            LOG.warn("Could not read the requests outbox: {}", e.toString());
        }
    }

    private void deliver(OutboxEntity mail) {
        try {
            sender.send(mail.getRecipient(), mail.getSubject(), mail.getBody(),
                    mail.hasAttachments() ? attachments.answerFiles(mail.getRequestId()) : List.of());
            tx.run(em -> em.find(OutboxEntity.class, mail.getId()).sent(clock.instant()));
        } catch (Exception e) {
            Instant retryAt = retry.next(mail.getAttempts() + 1, clock.instant());
            LOG.warn("E-mail {} ({}) about request {} was not sent (attempt {}): {}; {}", mail.getId(), mail.getKind(),
                    mail.getRequestId(), mail.getAttempts() + 1, e.toString(),
                    retryAt == null ? "given up" : "next attempt at " + retryAt);
            String error = e.toString();
            tx.run(em -> em.find(OutboxEntity.class, mail.getId()).attemptFailed(error, retryAt));
        }
    }

    private static long positive(String raw, long fallback) {
        try {
            long value = raw == null ? fallback : Long.parseLong(raw.strip());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
