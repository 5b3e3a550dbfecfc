package org.ordinancewatch.curate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.ordinancewatch.access.Audit;
import org.ordinancewatch.ingest.ScrapeService;
import org.ordinancewatch.source.SourceCatalog;
import org.ordinancewatch.source.SourceDefinition;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * "Run now" for one source, started by a curator: at most one run per source at a time, its progress kept line by
 * line so the page can stream it (server-sent events) until the run finishes. The latest run of each source is
 * remembered until the next one starts.
 */
@ApplicationScoped
public class SourceRuns {

    private static final Logger LOG = Logger.getLogger(SourceRuns.class);

    /** One run's progress: lines appended as pages are read, then a last line and {@code done}. */
    public static final class Run {
        private final List<String> lines = new ArrayList<>();
        private volatile boolean done;
        private final Instant started;

        Run(Instant started) {
            this.started = started;
        }

        synchronized void add(String line) {
            lines.add(line);
        }

        /** The lines from {@code from} on. */
        public synchronized List<String> since(int from) {
            return from >= lines.size() ? List.of() : List.copyOf(lines.subList(from, lines.size()));
        }

        public boolean done() {
            return done;
        }

        public Instant started() {
            return started;
        }
    }

    private final SourceCatalog catalog;
    private final ScrapeService scrapes;
    private final Audit audit;
    private final Clock clock;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    public SourceRuns(SourceCatalog catalog, ScrapeService scrapes, Audit audit, Clock clock) {
        this.catalog = catalog;
        this.scrapes = scrapes;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Run> latest(String source) {
        return Optional.ofNullable(runs.get(source));
    }

    /** Starts the source on the scrape pool unless it is already running; returns the run under way or just started. */
    public Run start(String sourceName, String curator) {
        SourceDefinition source = catalog.source(sourceName)
                .orElseThrow(() -> new IllegalArgumentException("No source is defined under '" + sourceName + "'."));
        if (!source.enabled()) {
            throw new IllegalArgumentException("'" + sourceName + "' is switched off (enabled: false in its file).");
        }
        Run fresh = new Run(clock.instant());
        Run run = runs.compute(sourceName, (name, old) -> old != null && !old.done() ? old : fresh);
        if (run != fresh) {
            return run;
        }
        QuarkusTransaction.requiringNew().run(() -> audit.record(curator, "source.run", "source:" + sourceName, null));
        fresh.add("Started " + source.name() + " (" + source.platform() + ", " + source.baseUrl() + ")");
        scrapes.submit(source, (url, pages, stats, problem) -> fresh.add("Page " + pages + ": " + url
                + (problem == null ? " · " + stats.meetings() + " meetings, " + stats.items() + " items, "
                        + stats.relevantItems() + " relevant so far" : " · failed: " + problem)))
                .whenComplete((report, error) -> {
                    if (error != null) {
                        LOG.warnf(error, "run of %s failed", sourceName);
                        fresh.add("Failed: " + error.getMessage());
                    } else {
                        fresh.add("Finished: " + report.pages() + " pages (" + report.failedPages() + " failed), "
                                + report.stats().measuresCreated() + " new measures, " + report.stats().statusChanges()
                                + " status changes" + (report.error() == null ? "" : "; error: " + report.error()));
                    }
                    fresh.done = true;
                });
        return fresh;
    }
}
