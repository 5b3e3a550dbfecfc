package org.ordinancewatch.seed;

import java.time.Clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;
import org.ordinancewatch.Home;
import org.ordinancewatch.sunset.SunsetExpiry;

/**
 * Imports the curated seed files when the application starts, then expires lapsed sunsets. A bad row
 * stops start-up with every problem named; the database is left as it was.
 */
@ApplicationScoped
public class SeedOnStartup {

    private static final Logger LOG = Logger.getLogger(SeedOnStartup.class);

    private final SeedConfig config;
    private final SeedImporter importer;
    private final SunsetExpiry expiry;
    private final Clock clock;
    private final Home home;

    public SeedOnStartup(SeedConfig config, Home home, SeedImporter importer, SunsetExpiry expiry, Clock clock) {
        this.home = home;
        this.config = config;
        this.importer = importer;
        this.expiry = expiry;
        this.clock = clock;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (config.enabled()) {
            try {
                importer.apply(SeedReader.read(home.resolve(config.jurisdictions()), home.resolve(config.measures())));
            } catch (SeedException e) {
                LOG.error(e.getMessage());
                throw e;
            }
        }
        expiry.expireLapsed(clock.instant());
    }
}
