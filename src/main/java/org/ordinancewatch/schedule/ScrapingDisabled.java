package org.ordinancewatch.schedule;

import jakarta.inject.Singleton;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import org.ordinancewatch.source.SourcesConfig;

/** Skips the scrape tick when scheduled scraping is switched off in config. */
@Singleton
public class ScrapingDisabled implements Scheduled.SkipPredicate {

    private final SourcesConfig config;

    public ScrapingDisabled(SourcesConfig config) {
        this.config = config;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.schedule();
    }
}
