package org.hromada.search.internal;

import org.hromada.platform.api.events.Topics;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Keeps the index in step with the site: every bundle's publish and unpublish events (properties
 * {@code type} and {@code id}). Only hands the work to the engine's indexing thread, so Event Admin
 * is never held up (it blacklists slow handlers).
 */
@Component(property = EventConstants.EVENT_TOPIC + "=hromada/content/*")
public class ContentEventHandler implements EventHandler {

    @Reference
    SearchEngine engine;

    @Override
    public void handleEvent(Event event) {
        Object type = event.getProperty("type");
        Long id = idOf(event.getProperty("id"));
        if (!(type instanceof String) || id == null) {
            return; // not about an item
        }
        if (Topics.CONTENT_PUBLISHED.equals(event.getTopic())) {
            engine.published((String) type, id);
        } else if (Topics.CONTENT_UNPUBLISHED.equals(event.getTopic())) {
            engine.unpublished((String) type, id);
        }
    }

    /** The sender's id: a number, or its digits (Event Admin properties may come from anywhere). */
    static Long idOf(Object id) {
        if (id instanceof Long || id instanceof Integer || id instanceof Short) {
            return ((Number) id).longValue();
        }
        if (id instanceof String text && text.matches("\\d{1,18}")) {
            return Long.parseLong(text);
        }
        return null;
    }
}
