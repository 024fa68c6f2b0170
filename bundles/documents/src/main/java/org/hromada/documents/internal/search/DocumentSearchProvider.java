package org.hromada.documents.internal.search;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hromada.documents.internal.entities.DocumentEntity;
import org.hromada.documents.internal.store.AttachmentStore;
import org.hromada.documents.internal.web.DocumentView;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.search.SearchDocument;
import org.hromada.platform.api.search.SearchProvider;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Published documents for the site search, type {@value #TYPE}: the title with the kind and number,
 * and as text the summary, the text and the text extracted from the attachments. Documents are in
 * Ukrainian, so they are indexed once, as Ukrainian.
 */
@Component(service = SearchProvider.class)
public class DocumentSearchProvider implements SearchProvider {
    public static final String TYPE = "document";

    private final Clock clock = Clock.systemUTC();

    @Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.documents)")
    private Transactions tx;

    @Reference
    private AttachmentStore attachments;

    @Override
    public Set<String> types() {
        return Set.of(TYPE);
    }

    @Override
    public Optional<SearchDocument> document(String type, long id) {
        if (!TYPE.equals(type)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tx.read(em -> Optional.ofNullable(em.find(DocumentEntity.class, id))
                .filter(d -> DocumentView.isPublic(d, now))
                .map(d -> searchable(d, attachments.textOf(id))));
    }

    @Override
    public List<SearchDocument> all(String type) {
        if (!TYPE.equals(type)) {
            return List.of();
        }
        Instant now = clock.instant();
        return tx.read(em -> em.createQuery("from DocumentEntity d where d.publishedAt is not null"
                        + " and d.publishedAt <= :now", DocumentEntity.class).setParameter("now", now)
                .getResultStream().map(d -> searchable(d, attachments.textOf(d.getId()))).toList());
    }

    private static SearchDocument searchable(DocumentEntity d, String attachmentText) {
        String title = d.getKind().getNameUk() + " № " + d.getNumber() + ": " + d.getTitle();
        String text = String.join("\n\n", d.getSummary(), d.getBody(), attachmentText).strip();
        return new SearchDocument(TYPE, d.getId(), "uk", title, text, DocumentView.url(d), d.getPublishedAt());
    }
}
