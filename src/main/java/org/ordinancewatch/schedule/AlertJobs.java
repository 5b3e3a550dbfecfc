package org.ordinancewatch.schedule;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import org.ordinancewatch.alert.delivery.AlertDispatcher;
import org.ordinancewatch.alert.triggers.FanOuts;
import org.ordinancewatch.alert.triggers.Reminders;

/**
 * The alert outbox's clustered jobs: one node at a time sends due mail, writes reminders and finishes fan-outs left
 * unfinished.
 */
@ApplicationScoped
public class AlertJobs {

    private final AlertDispatcher dispatcher;
    private final Reminders reminders;
    private final FanOuts fanOuts;
    private final Clock clock;

    public AlertJobs(AlertDispatcher dispatcher, Reminders reminders, FanOuts fanOuts, Clock clock) {
        this.dispatcher = dispatcher;
        this.reminders = reminders;
        this.fanOuts = fanOuts;
        this.clock = clock;
    }

    @Nonconcurrent
    @Scheduled(identity = "alert-dispatch", every = "${ow.alert.dispatch.every:15s}")
    void dispatch() {
        dispatcher.dispatch(clock.instant());
    }

    @Nonconcurrent
    @Scheduled(identity = "alert-reminders", cron = "${ow.alert.reminders.cron:0 20 * * * ?}")
    void reminders() {
        reminders.runAll(clock.instant());
    }

    @Nonconcurrent
    @Scheduled(identity = "alert-fanout", every = "${ow.alert.fan-out.every:30s}")
    void fanOuts() {
        fanOuts.finishUnfinished();
    }
}
