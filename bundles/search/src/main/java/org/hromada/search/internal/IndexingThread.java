package org.hromada.search.internal;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes the index, so writes happen in the order asked and callers (Event Admin,
 * DS binding, requests) never wait for the database or the disk unless they choose to.
 */
final class IndexingThread {
    private static final Logger LOG = LoggerFactory.getLogger(IndexingThread.class);

    /** Work on the index. */
    interface Work<T> {
        T run() throws IOException;
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "hromada-search-indexing");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs unattended: a failure is logged, and the next work still runs. */
    void later(String what, Work<?> work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (IOException | RuntimeException e) {
                LOG.error("Search: could not {}", what, e);
            }
        });
    }

    /** Runs after everything asked before, and waits for the result. */
    <T> T await(String what, Work<T> work, long minutes) throws IOException {
        return result(executor.submit(work::run), what, minutes);
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
