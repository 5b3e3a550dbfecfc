package org.ordinancewatch.alert.triggers;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;
import org.ordinancewatch.alert.AlertConfig;
import org.ordinancewatch.alert.triggers.FanOuts.Progress;

/**
 * Expands a fan-out as soon as its change is committed: the first batches in the committing thread (so a small
 * fan-out is written before the change's request returns), the rest on a worker thread of its own. Whatever is
 * left (the node stopped, a batch failed) the scheduled job finishes.
 */
@Singleton
class FanOutKick {

    private static final Logger LOG = Logger.getLogger(FanOutKick.class);

    private final AlertConfig config;
    private final FanOuts fanOuts;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "alert-fanout");
        thread.setDaemon(true);
        return thread;
    });

    FanOutKick(AlertConfig config, FanOuts fanOuts) {
        this.config = config;
        this.fanOuts = fanOuts;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) FanOuts.Started started) {
        // The change is committed whatever happens here: a failure leaves the rest to the scheduled job.
        try {
            Progress progress = fanOuts.expand(started.id(), config.fanOut().inlineBatches());
            if (progress == Progress.MORE && config.fanOut().background()) {
                worker.execute(() -> expandRest(started.id()));
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Fan-out %d failed a batch; the scheduled job finishes it", started.id());
        }
    }

    private void expandRest(long id) {
        try {
            fanOuts.expand(id, Integer.MAX_VALUE);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Fan-out %d failed a batch; the scheduled job finishes it", id);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
