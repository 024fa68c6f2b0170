package org.hromada.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IndexingThreadTest {

    @Test
    void aBurstOfWorkIsAnnouncedOnceWhenTheQueueRunsDry() throws Exception {
        AtomicInteger announced = new AtomicInteger();
        IndexingThread indexing = new IndexingThread(announced::incrementAndGet);
        CountDownLatch gate = new CountDownLatch(1);
        indexing.later("wait", () -> {
            try {
                return gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new java.io.IOException(e);
            }
        });
        for (int i = 0; i < 5; i++) {
            indexing.later("work " + i, () -> null);
        }
        indexing.later("fail", () -> {
            throw new IllegalStateException("a failure still counts as done");
        });
        gate.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (announced.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(100);
        assertEquals(1, announced.get(), "one announcement for the whole burst");

        indexing.await("one more", () -> null, 1);
        assertEquals(2, announced.get());
        indexing.stop();
    }
}
