package org.hromada.content.internal.scheduler;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hromada.content.internal.store.WorkflowService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes scheduled items and archives expired ones on time, every
 * {@value #INTERVAL_PROPERTY} seconds (framework property, default {@value #DEFAULT_SECONDS}).
 */
@Component(service = ContentScheduler.class, immediate = true)
public class ContentScheduler {
    public static final String INTERVAL_PROPERTY = "hromada.content.scheduler.seconds";
    static final int DEFAULT_SECONDS = 15;
    private static final Logger LOG = LoggerFactory.getLogger(ContentScheduler.class);

    @Reference
    private WorkflowService workflow;

    private final Clock clock;
    private ScheduledExecutorService executor;

    public ContentScheduler() {
        this(Clock.systemUTC());
    }

    ContentScheduler(Clock clock) {
        this.clock = clock;
    }

    @Activate
    void activate(BundleContext context) {
        long seconds = interval(context.getProperty(INTERVAL_PROPERTY));
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "hromada-content-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, Math.min(seconds, 2), seconds, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    /** One run; never throws, so one failure does not stop the schedule. */
    void tick() {
        try {
            int changed = workflow.runScheduler(clock.instant());
            if (changed > 0) {
                LOG.info("Scheduler published or archived {} item(s)", changed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Scheduled publishing failed; trying again next time", e);
        }
    }

    static long interval(String raw) {
        if (raw != null && !raw.isBlank()) {
            try {
                long value = Long.parseLong(raw.strip());
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            LOG.warn("{}={} is not a positive whole number; using {}", INTERVAL_PROPERTY, raw, DEFAULT_SECONDS);
        }
        return DEFAULT_SECONDS;
    }
}
