package org.hromada.example.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.example.internal.entities.NoteEntity;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.audit.AuditLog;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.security.Identity;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The notes in the database; each method is one transaction of this bundle's own unit. */
@Component(service = NoteStore.class)
public class NoteStore {

    @Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.example)")
    private Transactions tx;

    // Optional and dynamic: the notes work without the audit log; a write is recorded when it is there.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditLog audit;

    public Note add(NewNote note, Identity who) {
        Note added = tx.inTransaction(em -> {
            NoteEntity entity = new NoteEntity(note.title().strip(), note.body() == null ? "" : note.body(), Instant.now());
            em.persist(entity);
            return Note.of(entity);
        });
        AuditLog log = audit;
        if (log != null) {
            log.record(AuditEntry.of(who, "note.create", "note", added.id()).withSummary(added.title())
                    .withChange(Map.of(), Map.of("title", added.title(), "body", added.body())));
        }
        return added;
    }

    public Optional<Note> find(long id) {
        return tx.read(em -> Optional.ofNullable(em.find(NoteEntity.class, id)).map(Note::of));
    }

    public List<Note> page(int page, int size) {
        return tx.read(em -> em.createQuery("from NoteEntity n order by n.createdAt desc, n.id desc", NoteEntity.class)
                .setFirstResult((page - 1) * size)
                .setMaxResults(size)
                .getResultList().stream().map(Note::of).toList());
    }

    public long count() {
        return tx.read(em -> em.createQuery("select count(n) from NoteEntity n", Long.class).getSingleResult());
    }
}
