package org.ordinancewatch.schedule;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import org.ordinancewatch.ingest.ScrapeService;

/**
 * Every few minutes, one node of the cluster runs the sources whose own schedule has come due.
 * Off when {@code ow.sources.schedule=false}.
 */
@ApplicationScoped
public class ScrapeJob {

    private final ScrapeService scrapes;
    private final Clock clock;

    public ScrapeJob(ScrapeService scrapes, Clock clock) {
        this.scrapes = scrapes;
        this.clock = clock;
    }

    @Nonconcurrent
    @Scheduled(identity = "scrape-due", every = "${ow.sources.tick:5m}", delayed = "${ow.sources.first-delay:1m}",
            skipExecutionIf = ScrapingDisabled.class)
    public void run() {
        scrapes.runDue(clock.instant());
    }
}
