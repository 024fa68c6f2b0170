package org.hromada.documents.internal.search;

import java.util.Map;
import org.hromada.platform.api.events.Topics;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Tells the site (search index, page caches) that a document may have changed what the public sees.
 * {@code changed} is sent as a publish event: the search asks the provider again and drops the
 * document when it is not public. Sent synchronously after the write committed, so the next page
 * read sees it.
 */
@Component(service = DocumentEvents.class)
public class DocumentEvents {
    static final String BUNDLE = "org.hromada.documents";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** The document was written (or its attachments were): public or not, look again. */
    public void changed(long id) {
        send(Topics.CONTENT_PUBLISHED, id);
    }

    /** The document is gone. */
    public void removed(long id) {
        send(Topics.CONTENT_UNPUBLISHED, id);
    }

    private void send(String topic, long id) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.sendEvent(new Event(topic, Map.of("bundle", BUNDLE, "type", DocumentSearchProvider.TYPE, "id", id)));
        }
    }
}
