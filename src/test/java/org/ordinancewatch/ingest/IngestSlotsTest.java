package org.ordinancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IngestSlotsTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void noMoreWorkRunsAtOnceThanThereAreSlots() throws Exception {
        IngestSlots slots = new IngestSlots(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            results.add(pool.submit(() -> slots.run(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                Thread.sleep(50);
                running.decrementAndGet();
                return n;
            })));
        }
        for (int i = 0; i < 8; i++) {
            assertThat(results.get(i).get(5, TimeUnit.SECONDS)).isEqualTo(i);
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void failingWorkGivesItsSlotBack() {
        IngestSlots slots = new IngestSlots(1);
        assertThatThrownBy(() -> slots.run(() -> {
            throw new java.io.IOException("broken page");
        })).hasMessage("broken page");
        assertThat(slots.run(() -> "next")).isEqualTo("next");
    }
}
