package org.hromada.content.internal.store;

import java.util.List;
import java.util.Map;
import org.hromada.content.internal.entities.ContentItemEntity;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.PublicUrls;
import org.hromada.platform.api.events.Topics;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Sends publish/unpublish events after the transaction that caused them has committed. Sent
 * synchronously, so the site's page cache is purged before the write answers: the next request
 * after a publish sees it. Handlers only note the change (the search index queues its work).
 */
@Component(service = ContentEvents.class)
public class ContentEvents {
    static final String BUNDLE = "org.hromada.content";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** An event decided inside a transaction, sent once it has committed. */
    public record Pending(String topic, String type, long id, String url, String language) {
    }

    /** The item is public now (newly, or its public text or address changed). */
    static Pending published(ContentItemEntity item) {
        return pending(Topics.CONTENT_PUBLISHED, item);
    }

    static Pending unpublished(ContentItemEntity item) {
        return pending(Topics.CONTENT_UNPUBLISHED, item);
    }

    private static Pending pending(String topic, ContentItemEntity item) {
        ContentType type = ContentType.ofKey(item.getType());
        return new Pending(topic, type.key(), item.getId(),
                PublicUrls.of(type, item.getLanguage(), item.getSlug()), item.getLanguage());
    }

    public void post(List<Pending> pending) {
        EventAdmin admin = events;
        if (admin == null) {
            return;
        }
        for (Pending p : pending) {
            admin.sendEvent(new Event(p.topic(), Map.of("bundle", BUNDLE, "type", p.type(), "id", p.id(),
                    "url", p.url(), "language", p.language())));
        }
    }
}
