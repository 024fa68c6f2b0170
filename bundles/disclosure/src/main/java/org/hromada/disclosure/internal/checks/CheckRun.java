package org.hromada.disclosure.internal.checks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.hromada.platform.api.console.ConsoleTexts;
import org.hromada.platform.api.disclosure.CheckResult;
import org.hromada.platform.api.disclosure.CheckStatus;
import org.hromada.platform.api.disclosure.DisclosureCheck;
import org.hromada.platform.api.disclosure.LocalText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs checks side by side, each on its own thread with a time limit, so a check that throws, answers
 * nothing or hangs cannot hold up the others: it gets a "could not run" result (missing, as the
 * documents bundle reports its own failures) and the rest are kept.
 */
final class CheckRun {
    private static final Logger LOG = LoggerFactory.getLogger(CheckRun.class);
    static final LocalText UNTITLED = new LocalText("", "");
    private static final ConsoleTexts TEXTS = ConsoleTexts.of(CheckRun.class);

    private CheckRun() {
    }

    static List<Outcome> run(List<DisclosureCheck> checks, Instant now, Duration limit, ExecutorService pool) {
        long started = System.nanoTime();
        Map<DisclosureCheck, Future<CheckResult>> running = new LinkedHashMap<>();
        for (DisclosureCheck check : checks) {
            running.put(check, pool.submit(() -> check.run(now)));
        }
        long deadline = started + limit.toNanos();
        List<Outcome> outcomes = new ArrayList<>();
        for (Map.Entry<DisclosureCheck, Future<CheckResult>> e : running.entrySet()) {
            DisclosureCheck check = e.getKey();
            String id = safe(check::id, "unnamed");
            CheckResult result = await(id, e.getValue(), deadline, limit);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            outcomes.add(new Outcome(id, safe(check::item, ""), safe(check::title, UNTITLED), result, now, ms));
        }
        return outcomes;
    }

    private static CheckResult await(String id, Future<CheckResult> future, long deadline, Duration limit) {
        try {
            CheckResult result = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (result == null || result.status() == null) {
                LOG.warn("Article 15 check {} answered no status", id);
                return failed("noAnswer");
            }
            return result;
        } catch (TimeoutException ex) {
            future.cancel(true);
            LOG.warn("Article 15 check {} did not finish within {} s; stopped", id, limit.toSeconds());
            return failed("timeout");
        } catch (ExecutionException ex) {
            LOG.warn("Article 15 check {} failed", id, ex.getCause());
            return failed("error");
        } catch (InterruptedException ex) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failed("interrupted");
        }
    }

    /** A result in the runner's own words (console messages {@code disclosure.run.<reason>}). */
    private static CheckResult failed(String reason) {
        return new CheckResult(CheckStatus.MISSING, texts("disclosure.run." + reason), texts("disclosure.run.advice"),
                List.of(), null);
    }

    static LocalText texts(String key) {
        return new LocalText(TEXTS.text(Locale.forLanguageTag("uk"), key, List.of()),
                TEXTS.text(Locale.ENGLISH, key, List.of()));
    }

    static <T> T safe(Supplier<T> getter, T fallback) {
        try {
            T value = getter.get();
            return value == null ? fallback : value;
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
