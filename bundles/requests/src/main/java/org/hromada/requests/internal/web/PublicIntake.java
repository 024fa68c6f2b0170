package org.hromada.requests.internal.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.attachments.Attachments;
import org.hromada.requests.internal.attachments.CheckedFile;
import org.hromada.requests.internal.attachments.Upload;
import org.hromada.requests.internal.rules.Submission;
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
    private final Attachments attachments;

    @Activate
    public PublicIntake(@Reference RequestStore store, @Reference Attachments attachments, BundleContext context) {
        this.store = store;
        this.attachments = attachments;
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
        return submit(request, List.of(), address);
    }

    /**
     * {@link #submit(SubmissionRequest, String)} with files the requester sent (received, not yet checked; the
     * caller deletes them afterwards): their problems are errors beside {@code files} in the same 422 as the
     * fields', so a person learns everything at once.
     */
    public Outcome submit(SubmissionRequest request, List<Upload> files, String address) {
        boolean bot = request.website() != null && !request.website().isBlank();
        Submission checked = null;
        List<CheckedFile> kept = List.of();
        if (!bot) {
            List<FieldError> errors = new ArrayList<>();
            try {
                checked = SubmissionRules.fromPublic(request, clock.instant());
            } catch (ProblemException e) {
                if (e.status() != 422) {
                    throw e;
                }
                errors.addAll(e.errors());
            }
            errors.addAll(attachments.problems(files));
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            kept = attachments.read(files);
        }
        if (!bot) {
            // A second click on "send" is not another submission: it neither counts nor registers again.
            Optional<Registered> repeat = store.repeatOf(checked, null, kept);
            if (repeat.isPresent()) {
                return new Accepted(repeat.get());
            }
        }
        OptionalLong wait = limiter.attempt(address, clock.instant());
        if (wait.isPresent()) {
            return new Limited(wait.getAsLong());
        }
        if (bot) {
            // The honeypot: people leave it empty (assistive technology reads them the label saying so).
            LOG.info("A request from {} filled the hidden field and was dropped", address);
            return new Dropped();
        }
        return new Accepted(store.register(checked, null, kept));
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
