package org.hromada.requests.internal.web;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import org.hromada.requests.internal.rules.SubmissionRules;
import org.hromada.requests.internal.store.RequestStore;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a request from the public comes in, for the REST API and the site's form alike: the
 * per-address limit (shared, so switching between them buys no extra submissions), the honeypot, the
 * checks of Article 19 part 5 and registration.
 */
@Component(service = PublicIntake.class)
public class PublicIntake {
    private static final Logger LOG = LoggerFactory.getLogger(PublicIntake.class);
    static final String RATE_LIMIT = "hromada.requests.rate.limit";
    static final String RATE_WINDOW = "hromada.requests.rate.window.seconds";

    /** What became of a submission. */
    public sealed interface Outcome {
    }

    /** Registered: the number, the due date and the tracking code, shown this once. */
    public record Accepted(Registered registered) implements Outcome {
    }

    /** The honeypot was filled: answered like a success, nothing kept. */
    public record Dropped() implements Outcome {
    }

    /** Too many submissions from the address: try again in {@code seconds}. */
    public record Limited(long seconds) implements Outcome {
    }

    private final Clock clock = Clock.systemUTC();
    private final RequestStore store;
    private final RateLimiter limiter;

    @Activate
    public PublicIntake(@Reference RequestStore store, BundleContext context) {
        this.store = store;
        this.limiter = new RateLimiter(positive(context.getProperty(RATE_LIMIT), 5),
                Duration.ofSeconds(positive(context.getProperty(RATE_WINDOW), 600)));
    }

    /**
     * Drops a bot's request, checks a person's and registers it. Only what would be stored counts
     * against {@code address}: a person who mistypes and sends again is never locked out by the
     * mistakes, and a bot filling the hidden field is limited like a submission.
     *
     * @throws org.hromada.platform.api.web.ProblemException 422 naming every field that is wrong
     */
    public Outcome submit(SubmissionRequest request, String address) {
        boolean bot = request.website() != null && !request.website().isBlank();
        var checked = bot ? null : SubmissionRules.fromPublic(request, clock.instant());
        OptionalLong wait = limiter.attempt(address, clock.instant());
        if (wait.isPresent()) {
            return new Limited(wait.getAsLong());
        }
        if (bot) {
            // The honeypot: people leave it empty (assistive technology reads them the label saying so).
            LOG.info("A request from {} filled the hidden field and was dropped", address);
            return new Dropped();
        }
        return new Accepted(store.register(checked, null));
    }

    private static int positive(String raw, int fallback) {
        try {
            int value = raw == null ? fallback : Integer.parseInt(raw.strip());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
