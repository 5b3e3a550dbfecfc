package org.ordinancewatch.model;

/**
 * Fired synchronously when a scraper finds a relevant file that was not tracked yet.
 *
 * @param news false when found during its source's first successful run (the site's past, a backfill)
 */
public record MeasureDetected(Measure measure, AgendaItem item, boolean news) {

    /** A finding outside a source's first run. */
    public MeasureDetected(Measure measure, AgendaItem item) {
        this(measure, item, true);
    }
}
