package org.hromada.media.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.hromada.media.internal.entities.MediaFileEntity;
import org.hromada.media.internal.files.AllowedType;
import org.hromada.media.internal.files.FileNames;
import org.hromada.media.internal.images.Dimensions;
import org.hromada.media.internal.images.Renditions;
import org.hromada.media.internal.store.BlobStore;
import org.hromada.platform.api.media.MediaFile;
import org.hromada.platform.api.media.MediaLibrary;
import org.hromada.platform.api.media.MediaUpload;
import org.hromada.platform.api.media.Rendition;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.BoundedUpload;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.platform.api.audit.AuditLog;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The media library: receives a file (hashed into a temporary file, capped at the size limit), names
 * its type from the bytes, checks an image's header before decoding it, makes its renditions, moves
 * it to its content address and records it. Nothing is recorded unless every check passed, and a
 * failed upload leaves no file behind.
 */
@Component(service = {MediaLibrary.class, MediaService.class})
public class MediaService implements MediaLibrary {
    static final String UNIT = "org.hromada.media";
    private static final Logger LOG = LoggerFactory.getLogger(MediaService.class);

    @Reference(target = "(osgi.unit.name=" + UNIT + ")")
    private Transactions tx;

    private volatile AuditLog auditLog;

    private MediaSettings settings;
    private BlobStore blobs;
    /** Storing and deleting files of one hash must not interleave (a delete could take a new upload's file). */
    private final ReentrantLock files = new ReentrantLock();
    Clock clock = Clock.systemUTC();

    @Activate
    void activate(BundleContext context) {
        configure(MediaSettings.from(context::getProperty));
    }

    void configure(MediaSettings newSettings) {
        settings = newSettings;
        blobs = new BlobStore(newSettings.mediaDir());
        LOG.info("Media library in {} (at most {} bytes, {} pixels per image)", newSettings.mediaDir(),
                newSettings.maxBytes(), newSettings.maxPixels());
    }

    /** The size limit of one file, in bytes. */
    public long maxBytes() {
        return settings.maxBytes();
    }

    public BlobStore blobs() {
        return blobs;
    }

    @Override
    public Optional<MediaFile> find(long id) {
        return tx.read(em -> Optional.ofNullable(em.find(MediaFileEntity.class, id)).map(MediaService::file));
    }

    @Override
    public MediaFile store(MediaUpload upload) {
        return store(receive(upload.content()), upload.filename(), upload.alt(), upload.title(), upload.uploadedBy());
    }

    /**
     * Checks and keeps a received file (see {@link #receive}), recorded in the audit log; the
     * temporary file is gone afterwards, whatever happens.
     */
    public MediaFile store(BlobStore.Received received, String uploadedName, String rawAlt, String rawTitle,
                           Identity who) {
        MediaFile stored = keep(received, uploadedName, rawAlt, rawTitle, who.username());
        audit(MediaAudit.upload(who, stored));
        return stored;
    }

    private MediaFile keep(BlobStore.Received received, String uploadedName, String rawAlt, String rawTitle,
                           String uploadedBy) {
        try {
            String alt = clean(rawAlt);
            String title = clean(rawTitle);
            AllowedType type = UploadChecks.check(received.temp(), uploadedName, alt, title);
            Dimensions size = type.isImage() ? UploadChecks.dimensions(received.temp(), type, settings.maxPixels()) : null;
            String filename = FileNames.safe(uploadedName, type);
            files.lock();
            try {
                List<Integer> widths = renditions(received, type, size);
                blobs.keep(received);
                return tx.inTransaction(em -> {
                    MediaFileEntity entity = new MediaFileEntity(filename, type.mediaType(),
                            type.isImage() ? MediaFile.IMAGE : MediaFile.DOCUMENT, received.size(), received.sha256(),
                            uploadedBy, now());
                    if (size != null) {
                        entity.setDimensions(size.width(), size.height());
                    }
                    entity.setRenditionWidths(widths);
                    entity.setAlt(alt);
                    entity.setTitle(title);
                    em.persist(entity);
                    em.flush();
                    return file(entity);
                });
            } finally {
                files.unlock();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            discard(received);
        }
    }

    /** Reads an upload's bytes into a temporary file, hashed and capped: 413 over the limit, 400 when broken. */
    public BlobStore.Received receive(java.io.InputStream content) {
        try {
            return blobs.receive(content, settings.maxBytes());
        } catch (BoundedUpload.TooLargeException e) {
            throw MediaProblems.tooLarge(settings.maxBytes());
        } catch (BoundedUpload.UnreadableException e) {
            throw MediaProblems.unreadable(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops a received file that will not be stored. */
    public void discard(BlobStore.Received received) {
        if (received != null) {
            deleteQuietly(received.temp());
        }
    }

    public PageResult<MediaView> list(int page, int size, String kind, String q) {
        PageResult<MediaFile> files = browse(kind, q, page, size);
        return new PageResult<>(files.items().stream().map(MediaView::of).toList(), files.total(), page, size);
    }

    @Override
    public PageResult<MediaFile> browse(String kind, String text, int page, int size) {
        String q = text == null || text.isBlank() ? null : text.strip();
        int pageSize = Math.max(1, Math.min(size, 100));
        int pageNumber = Math.max(1, page);
        StringBuilder where = new StringBuilder(" from MediaFileEntity m where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (kind != null) {
            where.append(" and m.kind = :kind");
            params.put("kind", kind);
        }
        if (q != null) {
            where.append(" and (lower(m.filename) like :q escape '!' or lower(m.alt) like :q escape '!'"
                    + " or lower(m.title) like :q escape '!')");
            params.put("q", "%" + q.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        return tx.read(em -> {
            TypedQuery<Long> count = em.createQuery("select count(m)" + where, Long.class);
            TypedQuery<MediaFileEntity> rows = em.createQuery("select m" + where
                    + " order by m.createdAt desc, m.id desc", MediaFileEntity.class);
            params.forEach((name, value) -> {
                count.setParameter(name, value);
                rows.setParameter(name, value);
            });
            List<MediaFile> items = rows.setFirstResult((pageNumber - 1) * pageSize).setMaxResults(pageSize)
                    .getResultList().stream().map(MediaService::file).toList();
            return new PageResult<>(items, count.getSingleResult(), pageNumber, pageSize);
        });
    }

    public MediaFile update(long id, MediaEdit edit, Identity who) {
        MediaFile[] before = new MediaFile[1];
        MediaFile after = tx.inTransaction(em -> {
            MediaFileEntity entity = require(em, id);
            checkOwner(entity, who);
            before[0] = file(entity);
            if (edit.version() != null && edit.version() != entity.getVersion()) {
                throw ProblemException.conflict("The file's metadata has changed since you loaded it: it is at"
                        + " version " + entity.getVersion() + ".");
            }
            if (edit.alt() != null) {
                String alt = clean(edit.alt());
                if (alt == null && MediaFile.IMAGE.equals(entity.getKind())) {
                    throw MediaProblems.invalid(List.of(UploadChecks.altRequired()));
                }
                entity.setAlt(alt);
            }
            if (edit.title() != null) {
                entity.setTitle(clean(edit.title()));
            }
            entity.setUpdatedAt(now());
            em.flush();
            return file(entity);
        });
        audit(MediaAudit.update(who, before[0], after));
        return after;
    }

    /** Removes the record, and the file on disk when no other record has the same bytes. */
    public void delete(long id, Identity who) {
        MediaFile[] gone = new MediaFile[1];
        files.lock();
        try {
            String orphan = tx.inTransaction(em -> {
                MediaFileEntity entity = require(em, id);
                checkOwner(entity, who);
                gone[0] = file(entity);
                em.remove(entity);
                long others = em.createQuery("select count(m) from MediaFileEntity m where m.sha256 = :sha"
                        + " and m.id <> :id", Long.class).setParameter("sha", entity.getSha256())
                        .setParameter("id", id).getSingleResult();
                return others == 0 ? entity.getSha256() : null;
            });
            if (orphan != null) {
                blobs.delete(orphan);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            files.unlock();
        }
        audit(MediaAudit.delete(who, gone[0]));
    }

    /** Whether a user may change or delete a file: editors and admins any, authors their own. */
    public static boolean mayChange(MediaFile file, Identity who) {
        return who != null && (who.hasRole(Roles.ADMIN) || who.hasRole(Roles.EDITOR)
                || who.username().equals(file.uploadedBy()));
    }

    /** Optional and dynamic: without the security bundle there is no audit log, and nothing waits for one. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindAuditLog(AuditLog log) {
        auditLog = log;
    }

    void unbindAuditLog(AuditLog log) {
        if (auditLog == log) {
            auditLog = null;
        }
    }

    private void audit(org.hromada.platform.api.audit.AuditEntry entry) {
        AuditLog log = auditLog;
        if (log != null) {
            log.record(entry);
        }
    }

    /** What the public servlet needs to serve a file: its type and whether the name is one of its records. */
    public Optional<String> servedType(String sha256, String filename) {
        return tx.read(em -> em.createQuery("select m.mediaType from MediaFileEntity m where m.sha256 = :sha"
                        + " and m.filename = :name", String.class)
                .setParameter("sha", sha256).setParameter("name", filename).setMaxResults(1)
                .getResultStream().findFirst());
    }

    /** Whether a record with these bytes and this name has a rendition of this width. */
    public boolean hasRendition(String sha256, String filename, int width) {
        return tx.read(em -> em.createQuery("from MediaFileEntity m where m.sha256 = :sha and m.filename = :name",
                        MediaFileEntity.class).setParameter("sha", sha256).setParameter("name", filename)
                .setMaxResults(1).getResultStream().anyMatch(m -> m.getRenditionWidths().contains(width)));
    }

    /** Renditions from the received file (before it moves); a broken image body is a 422, and leaves nothing. */
    private List<Integer> renditions(BlobStore.Received received, AllowedType type, Dimensions size) throws IOException {
        if (!type.scalable()) {
            return List.of();
        }
        blobs.renditionsFolder();
        try {
            return Renditions.make(received.temp(), size, type == AllowedType.JPEG,
                    width -> blobs.rendition(received.sha256(), width, type.extension()));
        } catch (IOException | RuntimeException broken) {
            boolean known = tx.read(em -> em.createQuery("select count(m) from MediaFileEntity m where m.sha256 = :sha",
                    Long.class).setParameter("sha", received.sha256()).getSingleResult() > 0);
            if (!known) {
                blobs.delete(received.sha256());
            }
            LOG.info("Upload refused: the image could not be decoded: {}", broken.toString());
            throw MediaProblems.field("file", "undecodable", "is not a readable image (its pixels cannot be decoded)");
        }
    }

    private static void checkOwner(MediaFileEntity entity, Identity who) {
        if (who == null || !who.hasRole(Roles.ADMIN) && !who.hasRole(Roles.EDITOR)
                && !who.username().equals(entity.getUploadedBy())) {
            throw ProblemException.forbidden("An author changes and deletes only the files they uploaded.");
        }
    }

    private static MediaFileEntity require(EntityManager em, long id) {
        MediaFileEntity entity = em.find(MediaFileEntity.class, id);
        if (entity == null) {
            throw ProblemException.notFound("There is no media file with id " + id + ".");
        }
        return entity;
    }

    static MediaFile file(MediaFileEntity e) {
        List<Rendition> renditions = e.getRenditionWidths().stream()
                .map(w -> new Rendition(w, new Dimensions(e.getWidth(), e.getHeight()).heightAt(w),
                        MediaUrls.rendition(e.getSha256(), w, e.getFilename())))
                .toList();
        return new MediaFile(e.getId(), e.getFilename(), e.getMediaType(), e.getKind(), e.getSize(), e.getSha256(),
                e.getWidth(), e.getHeight(), e.getAlt(), e.getTitle(), MediaUrls.original(e.getSha256(), e.getFilename()),
                renditions, e.getCreatedAt(), e.getUpdatedAt(), e.getUploadedBy());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete the temporary file {}: {}", file, e.getMessage());
        }
    }
}
