package org.hromada.example.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hromada.example.internal.entities.NoteEntity;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The notes in the database; each method is one transaction of this bundle's own unit. */
@Component(service = NoteStore.class)
public class NoteStore {

    @Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.example)")
    private Transactions tx;

    public Note add(NewNote note) {
        return tx.inTransaction(em -> {
            NoteEntity entity = new NoteEntity(note.title().strip(), note.body() == null ? "" : note.body(), Instant.now());
            em.persist(entity);
            return Note.of(entity);
        });
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
