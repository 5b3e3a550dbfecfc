package org.ordinancewatch.ingest;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.ordinancewatch.model.SourceHealth;
import org.ordinancewatch.source.SourceDefinition;

/**
 * Whether a crawl is a source's first successful run. Everything such a run finds is the site's past (a backfill),
 * however new it is to us: the ingest marks the events it fires as not news, so that a newly configured source does
 * not announce every meeting and file it has ever listed. A source whose runs all failed so far is still on its
 * first run.
 */
@ApplicationScoped
public class Backfill {

    public boolean isFirstRun(SourceDefinition source) {
        return QuarkusTransaction.requiringNew().call(() -> SourceHealth.findBySource(source.name())
                .map(h -> h.lastSuccessAt == null).orElse(true));
    }
}
