package org.hromada.search.internal;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes the index, so writes happen in the order asked and callers (Event Admin,
 * DS binding, requests) never wait for the database or the disk unless they choose to.
 */
final class IndexingThread {
    private static final Logger LOG = LoggerFactory.getLogger(IndexingThread.class);

    /** @param idle runs on the indexing thread whenever the last queued work is done */
    IndexingThread(Runnable idle) {
        this.idle = idle;
    }

    /** Work on the index. */
    interface Work<T> {
        T run() throws IOException;
    }

    private final AtomicInteger queued = new AtomicInteger();
    private final Runnable idle;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "hromada-search-indexing");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs unattended: a failure is logged, and the next work still runs. */
    void later(String what, Work<?> work) {
        queued.incrementAndGet();
        executor.execute(() -> {
            try {
                work.run();
            } catch (IOException | RuntimeException e) {
                LOG.error("Search: could not {}", what, e);
            } finally {
                done();
            }
        });
    }

    /** Runs after everything asked before, and waits for the result. */
    <T> T await(String what, Work<T> work, long minutes) throws IOException {
        queued.incrementAndGet();
        return result(executor.submit(() -> {
            try {
                return work.run();
            } finally {
                done();
            }
        }), what, minutes);
    }

    /** The queue ran dry: tell the listener once for the whole burst (a bulk import is one change). */
    private void done() {
        if (queued.decrementAndGet() == 0) {
            try {
                idle.run();
            } catch (RuntimeException e) {
                LOG.error("Search: the listener of finished indexing failed", e);
            }
        }
    }

    /** The value of a future, its failure as an IOException saying {@code what} failed. */
    static <T> T result(Future<T> future, String what, long minutes) throws IOException {
        try {
            return future.get(minutes, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted: " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("Search: could not " + what, e.getCause() == null ? e : e.getCause());
        }
    }

    /** Lets queued work finish (for a while), then stops. */
    void stop() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}
