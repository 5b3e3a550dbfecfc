package org.ordinancewatch.ingest;

import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.SourceHealth;
import org.ordinancewatch.source.SourceCatalog;
import org.ordinancewatch.source.SourceDefinition;
import org.quartz.CronExpression;

/**
 * Runs the sources that are due, {@code ow.scrape.workers} at once: more sources than requests in flight, so one
 * host's politeness pause never idles a request slot (the fetch layer still keeps one request per host, the pause
 * and the global limit). One broken source never stops the others.
 */
@ApplicationScoped
public class ScrapeService {

    private static final Logger LOG = Logger.getLogger(ScrapeService.class);

    private final SourceCatalog catalog;
    private final SourceRunner runner;
    private final Backfill backfill;
    private final ExecutorService pool;

    public ScrapeService(SourceCatalog catalog, SourceRunner runner, Backfill backfill, ScrapeConfig config) {
        this.catalog = catalog;
        this.runner = runner;
        this.backfill = backfill;
        this.pool = Executors.newFixedThreadPool(Math.max(1, config.workers()), r -> {
            Thread t = new Thread(r, "scrape");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** Runs every enabled source whose schedule has fired since its last attempt. */
    public List<SourceRunner.Report> runDue(Instant now) {
        List<SourceDefinition> due = catalog.sources().stream().filter(SourceDefinition::enabled)
                .filter(s -> isDue(s, now)).toList();
        if (due.isEmpty()) {
            return List.of();
        }
        // One line per run, so that an operator (and the cluster test) can see which instance scraped what, when.
        LOG.infof("scraping %d due source(s): %s", due.size(), names(due));
        long begun = System.nanoTime();
        List<SourceRunner.Report> reports = runAll(due);
        LOG.infof("scraped %d source(s) in %d ms", due.size(), (System.nanoTime() - begun) / 1_000_000);
        return reports;
    }

    /** Starts one source now, on the scrape pool, telling {@code progress} of each page. */
    public java.util.concurrent.CompletableFuture<SourceRunner.Report> submit(SourceDefinition source,
            SourceRunner.Progress progress) {
        return java.util.concurrent.CompletableFuture.supplyAsync(
                () -> runner.run(source, progress, backfill.isFirstRun(source)), pool);
    }

    public List<SourceRunner.Report> runAll(List<SourceDefinition> sources) {
        List<Future<SourceRunner.Report>> futures = new ArrayList<>();
        for (SourceDefinition s : sources) {
            futures.add(pool.submit(() -> runner.run(s, SourceRunner.Progress.NONE, backfill.isFirstRun(s))));
        }
        List<SourceRunner.Report> reports = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            try {
                reports.add(futures.get(i).get());
            } catch (ExecutionException e) {
                LOG.errorf(e.getCause(), "source %s failed", sources.get(i).name());
                reports.add(new SourceRunner.Report(sources.get(i).name(), 0, 0, Ingestor.Stats.NONE, List.of(),
                        String.valueOf(e.getCause())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return reports;
    }

    private static String names(List<SourceDefinition> sources) {
        String first = sources.stream().limit(5).map(SourceDefinition::name).collect(Collectors.joining(", "));
        return sources.size() > 5 ? first + " and " + (sources.size() - 5) + " more" : first;
    }

    private record LastAttempt(Optional<Instant> at, ZoneId zone) {
    }

    /**
     * Whether the source's schedule has fired since its last attempt (never attempted: due). The cron
     * expression is read in the jurisdiction's own time zone, so "0 0 19 * * ?" means 7 pm at city hall.
     */
    boolean isDue(SourceDefinition source, Instant now) {
        LastAttempt last = QuarkusTransaction.requiringNew().call(() -> new LastAttempt(
                SourceHealth.findBySource(source.name()).map(h -> h.lastAttemptAt),
                Jurisdiction.findBySlug(source.jurisdiction()).map(Jurisdiction::zone).orElse(ZoneOffset.UTC)));
        if (last.at().isEmpty()) {
            return true;
        }
        try {
            CronExpression cron = new CronExpression(catalog.schedule(source));
            cron.setTimeZone(TimeZone.getTimeZone(last.zone()));
            Date next = cron.getNextValidTimeAfter(Date.from(last.at().get()));
            return next != null && !next.toInstant().isAfter(now);
        } catch (ParseException e) {
            throw new IllegalStateException(source.file() + ": bad schedule " + e.getMessage(), e);
        }
    }
}
