package org.hromada.disclosure.internal.checks;

import org.hromada.platform.api.events.Topics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Runs the checks again soon after what they read changed: content published or withdrawn (a document
 * of the register, say) or a bundle's {@link Topics#DISCLOSURE_RECHECK}. Not on {@link Topics#SITE_CHANGED},
 * which a run itself sends.
 */
@Component(property = {EventConstants.EVENT_TOPIC + "=" + Topics.DISCLOSURE_RECHECK,
        EventConstants.EVENT_TOPIC + "=" + Topics.CONTENT_PUBLISHED,
        EventConstants.EVENT_TOPIC + "=" + Topics.CONTENT_UNPUBLISHED})
public class RecheckOnChange implements EventHandler {
    private final CheckRunner runner;

    @Activate
    public RecheckOnChange(@Reference CheckRunner runner) {
        this.runner = runner;
    }

    @Override
    public void handleEvent(Event event) {
        runner.recheckSoon();
    }
}
