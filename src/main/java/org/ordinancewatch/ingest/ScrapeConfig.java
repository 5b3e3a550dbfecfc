package org.ordinancewatch.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code ow.scrape.*} in application.properties: how many sources are scraped at once. */
@ConfigMapping(prefix = "ow.scrape")
public interface ScrapeConfig {

    /**
     * Sources in progress at once. A source spends most of its time in the per-host pause between its own
     * requests ({@code ow.fetch.per-host-delay}), holding neither a request slot ({@code ow.fetch.max-concurrency}
     * caps those) nor a database connection, so this is several times max-concurrency. Parsing and writing, which
     * take CPU and a connection, run at most {@link IngestSlots} at once whatever this is.
     */
    @WithDefault("32")
    int workers();
}
