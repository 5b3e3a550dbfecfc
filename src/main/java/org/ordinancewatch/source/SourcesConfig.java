package org.ordinancewatch.source;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where source definitions live and whether scheduled scraping runs. */
@ConfigMapping(prefix = "ow.sources")
public interface SourcesConfig {

    /** Folder holding {@code platforms/*.yaml} and {@code sources/*.yaml}, relative to the working directory. */
    @WithDefault("scrapers")
    String dir();

    /** Run the scheduled scraper (the dry-run endpoint works either way). */
    @WithDefault("true")
    boolean schedule();

    /** How often the scheduler looks for sources that have come due (read by the scrape job's {@code every}). */
    @WithDefault("5m")
    String tick();

    /** How long after start-up the first look happens (the scrape job's {@code delayed}). */
    @WithDefault("1m")
    String firstDelay();

    /** Schedule for sources that name none (Quartz cron, seconds first). */
    @WithDefault("0 20 */6 * * ?")
    String defaultSchedule();

    /** A source not read successfully for this long is shown as stale on the public pages. */
    @WithDefault("2d")
    java.time.Duration staleAfter();
}
