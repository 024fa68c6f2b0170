package org.hromada.content.internal.search;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.Status;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.search.SearchDocument;
import org.hromada.platform.api.search.SearchProvider;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * News, announcements, pages and materials for the site search: published items only. Reads the
 * columns it needs (no tags, no entities kept), so a rebuild of thousands of items stays light.
 */
@Component(service = SearchProvider.class)
public class ContentSearchProvider implements SearchProvider {
    private static final Set<String> TYPES = Arrays.stream(ContentType.values()).map(ContentType::key)
            .collect(Collectors.toUnmodifiableSet());
    private static final String COLUMNS = "select i.id, i.language, i.title, i.slug, i.summary, i.body, i.publishedAt"
            + " from ContentItemEntity i where i.type = :type and i.status = :status";

    @Reference(target = "(osgi.unit.name=org.hromada.content)")
    private Transactions tx;

    @Override
    public Set<String> types() {
        return TYPES;
    }

    @Override
    public Optional<SearchDocument> document(String type, long id) {
        if (!TYPES.contains(type)) {
            return Optional.empty();
        }
        ContentType contentType = ContentType.ofKey(type);
        return tx.read(em -> em.createQuery(COLUMNS + " and i.id = :id", Object[].class)
                .setParameter("type", type).setParameter("status", Status.PUBLISHED.key()).setParameter("id", id)
                .getResultList().stream().findFirst().map(row -> document(contentType, row)));
    }

    @Override
    public List<SearchDocument> all(String type) {
        if (!TYPES.contains(type)) {
            return List.of();
        }
        ContentType contentType = ContentType.ofKey(type);
        return tx.read(em -> em.createQuery(COLUMNS + " order by i.id", Object[].class)
                .setParameter("type", type).setParameter("status", Status.PUBLISHED.key())
                .getResultList().stream().map(row -> document(contentType, row)).toList());
    }

    private static SearchDocument document(ContentType type, Object[] row) {
        return SearchTexts.document(type, (Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (Instant) row[6]);
    }
}
