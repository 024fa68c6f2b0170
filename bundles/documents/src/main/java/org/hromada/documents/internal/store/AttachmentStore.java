package org.hromada.documents.internal.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hromada.documents.internal.attachments.AttachmentRules;
import org.hromada.documents.internal.attachments.text.ExtractedText;
import org.hromada.documents.internal.entities.AttachmentEntity;
import org.hromada.documents.internal.search.DocumentEvents;
import org.hromada.documents.internal.entities.DocumentEntity;
import org.hromada.documents.internal.web.AttachmentRequest;
import org.hromada.documents.internal.web.AttachmentView;
import org.hromada.documents.internal.web.DocumentView;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.audit.AuditLog;
import org.hromada.platform.api.media.MediaFile;
import org.hromada.platform.api.media.MediaLibrary;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.persistence.WriteFailures;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The files attached to documents, with their extracted text; each method is one transaction, each
 * write one audit entry (on the document). The rows go with their document (ON DELETE CASCADE).
 */
@Component(service = AttachmentStore.class)
public class AttachmentStore {
    private static final String ROWS = "select a.id, a.documentId, a.mediaId, a.filename, a.mediaType, a.sizeBytes,"
            + " a.title, a.position, a.textStatus, length(a.text), substring(a.text, 1, "
            + AttachmentView.PREVIEW_CHARS + "), a.createdAt, a.createdBy from AttachmentEntity a";
    private final Clock clock = Clock.systemUTC();

    @Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.documents)")
    private Transactions tx;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditLog audit;

    @Reference
    private DocumentEvents events;

    // Only for the files' public addresses: without the library the attachments are listed without them.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MediaLibrary media;

    /** The attachments of a document in their order, published or not (empty when there is no such document). */
    public List<AttachmentView> forDocument(long documentId) {
        return tx.read(em -> rows(em, documentId));
    }

    /** All the attachments' text of a document, in their order, separated by blank lines: for search indexing. */
    public String textOf(long documentId) {
        return tx.read(em -> em.createQuery("select a.text from AttachmentEntity a where a.documentId = :id"
                        + " order by a.position, a.id", String.class).setParameter("id", documentId).getResultList())
                .stream().filter(text -> text != null && !text.isEmpty()).collect(Collectors.joining("\n\n"));
    }

    /** The attachments as a reader may see them: 404 when the document is missing or, for the public, unpublished. */
    public List<AttachmentView> list(long documentId, boolean publicOnly) {
        return tx.read(em -> {
            visible(em, documentId, publicOnly);
            return rows(em, documentId);
        });
    }

    /** One attachment, under the same visibility as {@link #list}. */
    public AttachmentView find(long documentId, long attachmentId, boolean publicOnly) {
        return tx.read(em -> {
            visible(em, documentId, publicOnly);
            return row(em, documentId, attachmentId);
        });
    }

    /** One attachment's full text, under the same visibility as {@link #list}. */
    public String text(long documentId, long attachmentId, boolean publicOnly) {
        return tx.read(em -> {
            visible(em, documentId, publicOnly);
            return existing(em, documentId, attachmentId).getText();
        });
    }

    /** 404 unless the document exists (checked before an upload is read). */
    public void requireDocument(long documentId) {
        tx.read(em -> visible(em, documentId, false));
    }

    /** Records a file the media library has stored as the document's last attachment. */
    public AttachmentView add(long documentId, MediaFile file, String title, ExtractedText text, Identity who) {
        Instant now = now();
        long id;
        try {
            id = Writes.run(tx, em -> {
                visible(em, documentId, false);
                Integer last = em.createQuery("select max(a.position) from AttachmentEntity a where a.documentId = :id",
                        Integer.class).setParameter("id", documentId).getSingleResult();
                AttachmentEntity a = new AttachmentEntity(documentId, file.id(), file.filename(), file.mediaType(),
                        file.size());
                a.setTitle(title);
                a.setPosition(last == null ? 1 : last + 1);
                a.setText(text.text(), text.status().key());
                a.setCreated(now, who.username());
                em.persist(a);
                em.flush();
                return a.getId();
            });
        } catch (PersistenceException e) {
            if (WriteFailures.violates(e, "documents_attachment_document")) {
                throw ProblemException.notFound("The document " + documentId + " was deleted meanwhile.");
            }
            throw e;
        }
        AttachmentView added = tx.read(em -> row(em, documentId, id));
        record(AuditEntry.of(who, "document.attachment.add", "document", documentId).withSummary(added.filename())
                .withChange(Map.of(), snapshot(added)));
        events.changed(documentId);
        return added;
    }

    public AttachmentView update(long documentId, long attachmentId, AttachmentRequest req, Identity who) {
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        AttachmentView updated = Writes.run(tx, em -> {
            visible(em, documentId, false);
            AttachmentEntity a = existing(em, documentId, attachmentId);
            AttachmentRules.Change change = AttachmentRules.check(req, a.getMediaType());
            before.put("title", a.getTitle());
            before.put("position", a.getPosition());
            if (change.titleGiven()) {
                a.setTitle(change.title());
            }
            if (change.position() != null) {
                a.setPosition(change.position());
            }
            after.put("title", a.getTitle());
            after.put("position", a.getPosition());
            Snapshots.keepChanged(before, after);
            em.flush();
            return row(em, documentId, attachmentId);
        });
        if (!after.isEmpty()) {
            record(AuditEntry.of(who, "document.attachment.update", "document", documentId)
                    .withSummary(updated.filename()).withChange(before, after));
            events.changed(documentId);
        }
        return updated;
    }

    /** Removes the attachment; its file stays in the media library (it may be used elsewhere). */
    public void delete(long documentId, long attachmentId, Identity who) {
        AttachmentView gone = Writes.run(tx, em -> {
            visible(em, documentId, false);
            AttachmentView view = row(em, documentId, existing(em, documentId, attachmentId).getId());
            em.createQuery("delete from AttachmentEntity a where a.id = :id").setParameter("id", attachmentId)
                    .executeUpdate();
            return view;
        });
        record(AuditEntry.of(who, "document.attachment.delete", "document", documentId).withSummary(gone.filename())
                .withChange(snapshot(gone), Map.of()));
        events.changed(documentId);
    }

    private List<AttachmentView> rows(EntityManager em, long documentId) {
        return em.createQuery(ROWS + " where a.documentId = :id order by a.position, a.id", Object[].class)
                .setParameter("id", documentId).getResultList().stream().map(this::view).toList();
    }

    private AttachmentView row(EntityManager em, long documentId, long attachmentId) {
        return em.createQuery(ROWS + " where a.documentId = :doc and a.id = :id", Object[].class)
                .setParameter("doc", documentId).setParameter("id", attachmentId).getResultStream().findFirst()
                .map(this::view).orElseThrow(() -> missing(documentId, attachmentId));
    }

    /** A row of {@link #ROWS}: the text's length and preview come from the database, not the whole text. */
    private AttachmentView view(Object[] r) {
        long mediaId = (Long) r[2];
        MediaLibrary library = media;
        String url = library == null ? null : library.find(mediaId).map(MediaFile::url).orElse(null);
        return new AttachmentView((Long) r[0], (Long) r[1], mediaId, (String) r[3], (String) r[4], (Long) r[5],
                (String) r[6], (Integer) r[7], url, (String) r[8], r[9] == null ? 0 : ((Number) r[9]).intValue(),
                preview((String) r[10]), (Instant) r[11], (String) r[12]);
    }

    private static String preview(String start) {
        if (start == null || start.isEmpty()) {
            return "";
        }
        return Character.isHighSurrogate(start.charAt(start.length() - 1)) ? start.substring(0, start.length() - 1)
                : start;
    }

    private static DocumentEntity visible(EntityManager em, long documentId, boolean publicOnly) {
        DocumentEntity d = em.find(DocumentEntity.class, documentId);
        if (d == null || publicOnly && !DocumentView.isPublic(d, Instant.now())) {
            throw ProblemException.notFound("There is no document with id " + documentId + ".");
        }
        return d;
    }

    private static AttachmentEntity existing(EntityManager em, long documentId, long attachmentId) {
        AttachmentEntity a = em.find(AttachmentEntity.class, attachmentId);
        if (a == null || a.getDocumentId() != documentId) {
            throw missing(documentId, attachmentId);
        }
        return a;
    }

    private static ProblemException missing(long documentId, long attachmentId) {
        return ProblemException.notFound("Document " + documentId + " has no attachment " + attachmentId + ".");
    }

    private static Map<String, Object> snapshot(AttachmentView a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("attachment", a.id());
        fields.put("mediaId", a.mediaId());
        fields.put("filename", a.filename());
        fields.put("mediaType", a.mediaType());
        fields.put("size", a.size());
        fields.put("title", a.title());
        fields.put("position", a.position());
        fields.put("textStatus", a.textStatus());
        fields.put("textLength", a.textLength());
        return fields;
    }

    private void record(AuditEntry entry) {
        AuditLog log = audit;
        if (log != null) {
            log.record(entry);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
