package org.ordinancewatch.ingest;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.ordinancewatch.model.SourceHealth;
import org.ordinancewatch.source.SourceDefinition;

/**
 * Whether the crawl on this thread is a source's first successful run. Everything such a run finds is the
 * site's past (a backfill), however new it is to us; the alert triggers ask this so that a newly configured
 * source does not announce every meeting and file it has ever listed. A source whose runs all failed so far
 * is still on its first run.
 */
@ApplicationScoped
public class Backfill {

    // A source is crawled on one thread from start to end, and the model events it causes are observed
    // synchronously on that thread.
    private final ThreadLocal<Boolean> firstRun = new ThreadLocal<>();

    public boolean inProgress() {
        return Boolean.TRUE.equals(firstRun.get());
    }

    <T> T around(SourceDefinition source, Supplier<T> crawl) {
        boolean first = QuarkusTransaction.requiringNew().call(() -> SourceHealth.findBySource(source.name())
                .map(h -> h.lastSuccessAt == null).orElse(true));
        firstRun.set(first);
        try {
            return crawl.get();
        } finally {
            firstRun.remove();
        }
    }
}
