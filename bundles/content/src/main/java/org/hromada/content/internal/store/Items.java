package org.hromada.content.internal.store;

import jakarta.persistence.EntityManager;
import org.hromada.content.internal.entities.ContentItemEntity;
import org.hromada.content.internal.model.ContentType;
import org.hromada.platform.api.web.ProblemException;

/** Finding items by type and id; an id of another type is as unknown as a missing one. */
final class Items {

    private Items() {
    }

    static ContentItemEntity require(EntityManager em, ContentType type, long id) {
        ContentItemEntity item = em.find(ContentItemEntity.class, id);
        if (item == null || !item.getType().equals(type.key())) {
            throw notFound(type, id);
        }
        return item;
    }

    static ProblemException notFound(ContentType type, long id) {
        return ProblemException.notFound("There is no " + type.key() + " with id " + id + ".");
    }

    static boolean slugTaken(EntityManager em, ContentType type, String language, String slug, Long exceptId) {
        return !em.createQuery("select i.id from ContentItemEntity i where i.type = :type and i.language = :language"
                        + " and i.slug = :slug and i.id <> :except", Long.class)
                .setParameter("type", type.key())
                .setParameter("language", language)
                .setParameter("slug", slug)
                .setParameter("except", exceptId == null ? -1L : exceptId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}
