package org.hromada.disclosure.internal.checks;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hromada.platform.api.disclosure.DisclosureCheck;
import org.hromada.platform.api.events.Topics;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every installed {@link DisclosureCheck} on a schedule (every {@value RunInterval#PROPERTY}
 * minutes, first a few seconds after start) and on demand, and stores the results. One run at a
 * time; each check has {@link #LIMIT} to answer.
 */
@Component(service = CheckRunner.class, immediate = true)
public class CheckRunner {
    static final Duration LIMIT = Duration.ofSeconds(30);
    private static final long FIRST_RUN_SECONDS = 5;
    /** How long a recheck waits, so that a burst of changes (a demo loading, an import) makes one run. */
    static final long RECHECK_DELAY_SECONDS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(CheckRunner.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<DisclosureCheck> checks;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Reference
    private ResultStore results;

    private final Clock clock = Clock.systemUTC();
    private ScheduledExecutorService schedule;
    private ExecutorService workers;
    private final AtomicBoolean recheckPending = new AtomicBoolean();

    @Activate
    void activate(BundleContext context) {
        long minutes = RunInterval.minutes(context.getProperty(RunInterval.PROPERTY));
        workers = Executors.newCachedThreadPool(daemon("hromada-disclosure-check"));
        schedule = Executors.newSingleThreadScheduledExecutor(daemon("hromada-disclosure-schedule"));
        schedule.scheduleWithFixedDelay(this::tick, FIRST_RUN_SECONDS, TimeUnit.MINUTES.toSeconds(minutes),
                TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        schedule.shutdownNow();
        workers.shutdownNow();
    }

    /** The installed checks, by id. */
    public List<DisclosureCheck> installed() {
        List<DisclosureCheck> now = checks;
        return now == null ? List.of() : now.stream().sorted(Comparator.comparing(CheckRunner::idOf)).toList();
    }

    /** What the installed checks cover, read defensively: a broken check still shows by its id. */
    public List<InstalledCheck> describe() {
        return installed().stream().map(c -> new InstalledCheck(idOf(c), CheckRun.safe(c::item, ""),
                CheckRun.safe(c::title, CheckRun.UNTITLED))).toList();
    }

    /** Runs every check now and stores the results; waits for a run already under way. */
    public synchronized List<Outcome> runAll() {
        List<Outcome> outcomes = CheckRun.run(installed(), clock.instant(), LIMIT, workers);
        if (!outcomes.isEmpty()) {
            results.save(outcomes);
            EventAdmin admin = events;
            if (admin != null) {
                admin.sendEvent(new Event(Topics.SITE_CHANGED, Map.of("bundle", "org.hromada.disclosure")));
            }
        }
        return outcomes;
    }

    /** Runs every check again in a few seconds; asking again before then changes nothing. */
    public void recheckSoon() {
        ScheduledExecutorService now = schedule;
        if (now != null && recheckPending.compareAndSet(false, true)) {
            try {
                now.schedule(() -> {
                    recheckPending.set(false);
                    tick();
                }, RECHECK_DELAY_SECONDS, TimeUnit.SECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                recheckPending.set(false); // stopping
            }
        }
    }

    private void tick() {
        try {
            List<Outcome> outcomes = runAll();
            LOG.debug("Ran {} Article 15 check(s)", outcomes.size());
        } catch (RuntimeException e) {
            LOG.warn("Article 15 checks could not be run or stored; trying again next time", e);
        }
    }

    private static String idOf(DisclosureCheck check) {
        try {
            return String.valueOf(check.id());
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
