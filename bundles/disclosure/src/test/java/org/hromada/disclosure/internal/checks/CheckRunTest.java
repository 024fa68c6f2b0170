package org.hromada.disclosure.internal.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.hromada.platform.api.disclosure.CheckResult;
import org.hromada.platform.api.disclosure.CheckStatus;
import org.hromada.platform.api.disclosure.DisclosureCheck;
import org.hromada.platform.api.disclosure.LocalText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A check that throws, answers nothing or hangs gets a result of its own and does not stop the others. */
class CheckRunTest {
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    static DisclosureCheck check(String id, String item, Supplier<CheckResult> run) {
        return new DisclosureCheck() {
            public String id() {
                return id;
            }

            public String item() {
                return item;
            }

            public LocalText title() {
                return new LocalText("Перевірка " + id, "Check " + id);
            }

            public CheckResult run(Instant now) {
                return run.get();
            }
        };
    }

    static CheckResult compliant() {
        return new CheckResult(CheckStatus.COMPLIANT, new LocalText("Усе гаразд", "All fine"), new LocalText("", ""),
                List.of(), null);
    }

    @Test
    void everyCheckGetsAResultWhateverTheOthersDo() {
        DisclosureCheck good = check("good", "1.2", CheckRunTest::compliant);
        DisclosureCheck throwing = check("throws", "1.3", () -> {
            throw new IllegalStateException("boom");
        });
        DisclosureCheck silent = check("silent", "1.4", () -> null);
        DisclosureCheck hanging = check("hangs", "1.5", () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return compliant();
        });
        long started = System.nanoTime();
        List<Outcome> outcomes = CheckRun.run(List.of(hanging, throwing, good, silent), NOW, Duration.ofMillis(300),
                pool);
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 5_000, "the hanging check is cut off");

        assertEquals(List.of("hangs", "throws", "good", "silent"), outcomes.stream().map(Outcome::checkId).toList());
        assertEquals(CheckStatus.COMPLIANT, outcomes.get(2).result().status());
        assertEquals("1.2", outcomes.get(2).item());
        assertEquals(NOW, outcomes.get(2).checkedAt());
        for (int i : new int[] {0, 1, 3}) {
            Outcome failed = outcomes.get(i);
            assertEquals(CheckStatus.MISSING, failed.result().status(), failed.checkId());
            assertTrue(failed.result().summary().uk().contains("журнал"), failed.result().summary().uk());
            assertTrue(failed.result().summary().en().contains("server log"), failed.result().summary().en());
        }
        assertTrue(outcomes.get(0).result().summary().en().contains("in time"));
    }

    @Test
    void aCheckWhoseIdOrItemThrowsIsStillReported() {
        DisclosureCheck broken = new DisclosureCheck() {
            public String id() {
                throw new IllegalStateException();
            }

            public String item() {
                throw new IllegalStateException();
            }

            public LocalText title() {
                return null;
            }

            public CheckResult run(Instant now) {
                return compliant();
            }
        };
        Outcome outcome = CheckRun.run(List.of(broken), NOW, Duration.ofSeconds(5), pool).get(0);
        assertEquals("unnamed", outcome.checkId());
        assertEquals("", outcome.item());
        assertEquals(CheckStatus.COMPLIANT, outcome.result().status());
    }
}
