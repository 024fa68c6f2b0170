package org.hromada.requests.internal.attachments;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.audit.AuditLog;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.BoundedUpload;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.entities.AttachmentContent;
import org.hromada.requests.internal.entities.AttachmentEntity;
import org.hromada.requests.internal.entities.RequestEntity;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The files of requests, in the bundle's own tables (never in the public media library): checked by
 * their bytes and sizes, attached by staff to the answer while the request is open, sent by the
 * requester with the request, read to download or to mail.
 */
@Component(service = Attachments.class)
public class Attachments {
    /** The field a public submission's files are named by, in the API and on the site. */
    public static final String FILES = "files";

    private final Clock clock = Clock.systemUTC();
    private final Transactions tx;
    private final AttachmentSettings settings;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditLog audit;

    /** A file's bytes with what a download needs. */
    public record Download(long requestId, String kind, String filename, String mediaType, byte[] bytes) {
    }

    @Activate
    public Attachments(@Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.requests)") Transactions tx,
                       BundleContext context) {
        this(tx, AttachmentSettings.from(context::getProperty));
    }

    Attachments(Transactions tx, AttachmentSettings settings) {
        this.tx = tx;
        this.settings = settings;
        BoundedUpload.deleteLeftovers(settings.tempDir());
    }

    public AttachmentSettings settings() {
        return settings;
    }

    /** The folder uploads are received in, made when missing. */
    public Path tempDir() {
        try {
            return Files.createDirectories(settings.tempDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the files a requester sends with a request: how many, how large, of which type. Every problem
     * is an error beside {@link #FILES}; an empty list means they may all be kept.
     */
    public List<FieldError> problems(List<Upload> uploads) {
        List<FieldError> errors = new ArrayList<>();
        if (uploads.size() > settings.publicMaxFiles()) {
            errors.add(FileProblem.COUNT.error(FILES, null, String.valueOf(settings.publicMaxFiles())));
            return errors;
        }
        for (Upload u : uploads) {
            if (u.tooLarge() || u.size() > settings.publicMaxBytes()) {
                errors.add(FileProblem.SIZE.error(FILES, u.filename(), AttachmentSettings.readable(settings.publicMaxBytes())));
                continue;
            }
            FileCheck.Verdict verdict = verdict(u.path(), u.filename());
            if (!verdict.accepted()) {
                errors.add(FileProblem.of(verdict.problem()).error(FILES, u.filename(), null));
            }
        }
        return errors;
    }

    /** Reads uploads that passed {@link #problems} into memory, for the request's own transaction. */
    public List<CheckedFile> read(List<Upload> uploads) {
        List<CheckedFile> files = new ArrayList<>();
        for (Upload u : uploads) {
            files.add(checked(u.path(), u.filename(), FILES));
        }
        return files;
    }

    /** Keeps the requester's files of a new request, in the caller's transaction. */
    public void keep(EntityManager em, long requestId, List<CheckedFile> files, String actor, Instant now) {
        for (CheckedFile f : files) {
            persist(em, requestId, AttachmentEntity.REQUESTER, f, actor, now);
        }
    }

    /**
     * Attaches a received file to the answer of an open request: 404 for no request, 409 when it is closed,
     * 413 over the limits, 422 for a file that is not a document, a table, text or a scan.
     */
    public AttachmentEntity attach(long requestId, Upload upload, Identity who) {
        if (upload.tooLarge() || upload.size() > settings.maxBytes()) {
            throw tooLarge("The file is larger than the limit of " + AttachmentSettings.readable(settings.maxBytes())
                    + " (requests.attachments.max.bytes).");
        }
        open(requestId);
        CheckedFile file = checked(upload.path(), upload.filename(), "file");
        Instant now = clock.instant();
        AttachmentEntity saved = tx.inTransaction(em -> {
            RequestEntity r = openRequest(em, requestId);
            long used = em.createQuery("select coalesce(sum(a.size), 0) from AttachmentEntity a where a.requestId = :id",
                    Long.class).setParameter("id", r.getId()).getSingleResult();
            if (used + file.size() > settings.totalBytes()) {
                throw tooLarge("The request's files would exceed " + AttachmentSettings.readable(settings.totalBytes())
                        + " in all (requests.attachments.total.bytes).");
            }
            return persist(em, requestId, AttachmentEntity.ANSWER, file, who.username(), now);
        });
        record(AuditEntry.of(who, "request.attach", "request", requestId).withSummary(file.filename()));
        return saved;
    }

    /** Every file of a request, the requester's first; 404 for no request. */
    public List<AttachmentEntity> list(long requestId) {
        return tx.read(em -> {
            request(em, requestId);
            return em.createQuery("select a from AttachmentEntity a where a.requestId = :id order by a.kind desc, a.id",
                    AttachmentEntity.class).setParameter("id", requestId).getResultList();
        });
    }

    /** The files of one kind of a request, in the caller's transaction. */
    public List<AttachmentEntity> of(EntityManager em, long requestId, String kind) {
        return em.createQuery("select a from AttachmentEntity a where a.requestId = :id and a.kind = :kind order by a.id",
                AttachmentEntity.class).setParameter("id", requestId).setParameter("kind", kind).getResultList();
    }

    /** A file with its bytes; 404 when it is not one of the request's ({@code requestId} null: any request). */
    public Download download(Long requestId, long attachmentId) {
        return tx.read(em -> {
            AttachmentEntity a = em.find(AttachmentEntity.class, attachmentId);
            AttachmentContent c = a == null ? null : em.find(AttachmentContent.class, attachmentId);
            if (a == null || c == null || requestId != null && a.getRequestId() != requestId) {
                throw ProblemException.notFound("No such file.");
            }
            return new Download(a.getRequestId(), a.getKind(), a.getFilename(), a.getMediaType(), c.getContent());
        });
    }

    /** The answer's files with their bytes, for its e-mail. */
    public List<Download> answerFiles(long requestId) {
        return tx.read(em -> of(em, requestId, AttachmentEntity.ANSWER).stream().map(a -> new Download(requestId,
                a.getKind(), a.getFilename(), a.getMediaType(), em.find(AttachmentContent.class, a.getId()).getContent()))
                .toList());
    }

    /** Detaches a file of the answer while the request is open; the requester's files stay with the request. */
    public void delete(long requestId, long attachmentId, Identity who) {
        String filename = tx.inTransaction(em -> {
            AttachmentEntity a = em.find(AttachmentEntity.class, attachmentId);
            if (a == null || a.getRequestId() != requestId) {
                throw ProblemException.notFound("No file " + attachmentId + " of request " + requestId + ".");
            }
            openRequest(em, requestId);
            if (!AttachmentEntity.ANSWER.equals(a.getKind())) {
                throw ProblemException.conflict("A file the requester sent is part of the request and stays with it.");
            }
            AttachmentContent c = em.find(AttachmentContent.class, attachmentId);
            if (c != null) {
                em.remove(c);
            }
            em.remove(a);
            return a.getFilename();
        });
        record(AuditEntry.of(who, "request.detach", "request", requestId).withSummary(filename));
    }

    /** 404 for no request, 409 when it is closed: answered before an upload's bytes are read. */
    public void open(long requestId) {
        tx.read(em -> openRequest(em, requestId));
    }

    private RequestEntity openRequest(EntityManager em, long requestId) {
        RequestEntity r = request(em, requestId);
        if (r.getClosedAt() != null) {
            throw ProblemException.conflict("The request is closed (" + r.getStatus() + "): its files can no longer change.");
        }
        return r;
    }

    private static RequestEntity request(EntityManager em, long requestId) {
        RequestEntity r = em.find(RequestEntity.class, requestId);
        if (r == null) {
            throw ProblemException.notFound("No request " + requestId + ".");
        }
        return r;
    }

    private static AttachmentEntity persist(EntityManager em, long requestId, String kind, CheckedFile f, String actor,
                                            Instant now) {
        AttachmentEntity a = new AttachmentEntity(requestId, kind, f.filename(), f.type().mediaType(), f.size(),
                f.sha256(), actor, now);
        em.persist(a);
        em.flush();
        em.persist(new AttachmentContent(a.getId(), f.bytes()));
        return a;
    }

    /** The checked file in memory, or a 422 naming {@code field} and the problem. */
    static CheckedFile checked(Path path, String filename, String field) {
        FileCheck.Verdict verdict = verdict(path, filename);
        if (!verdict.accepted()) {
            throw ProblemException.invalid(List.of(FileProblem.of(verdict.problem()).error(field, filename, null)));
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            return new CheckedFile(CheckedFile.safeName(filename, verdict.type()), verdict.type(), bytes, sha256(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileCheck.Verdict verdict(Path path, String filename) {
        try {
            return FileCheck.check(path, filename);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException tooLarge(String detail) {
        return new ProblemException(413, "Content Too Large", detail);
    }

    private void record(AuditEntry entry) {
        AuditLog log = audit;
        if (log != null) {
            log.record(entry);
        }
    }
}
