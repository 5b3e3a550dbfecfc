package org.ordinancewatch.seed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the curated seed data lives; paths are relative to the working directory. */
@ConfigMapping(prefix = "ow.seed")
public interface SeedConfig {

    /** Import the seed files at start-up. */
    @WithDefault("true")
    boolean enabled();

    /** Tracked jurisdictions: slug, name, level, region, country, coordinates, time zone. */
    @WithDefault("config/jurisdictions.csv")
    String jurisdictions();

    /** Curated measures, one per line. */
    @WithDefault("config/measures.csv")
    String measures();
}
