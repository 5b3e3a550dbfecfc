package org.ordinancewatch.schedule;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import org.ordinancewatch.sunset.SunsetExpiry;

/** Hourly, so each jurisdiction's midnight is caught within the hour; @Nonconcurrent makes Quartz run it on one node of the cluster at a time. */
@ApplicationScoped
public class SunsetJob {

    private final SunsetExpiry expiry;
    private final Clock clock;

    public SunsetJob(SunsetExpiry expiry, Clock clock) {
        this.expiry = expiry;
        this.clock = clock;
    }

    @Nonconcurrent
    @Scheduled(identity = "sunset-expiry", cron = "${ow.sunset.cron:0 5 * * * ?}")
    void run() {
        expiry.expireLapsed(clock.instant());
    }
}
