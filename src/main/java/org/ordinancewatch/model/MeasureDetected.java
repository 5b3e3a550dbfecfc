package org.ordinancewatch.model;

/** Fired synchronously when a scraper finds a relevant file that was not tracked yet. */
public record MeasureDetected(Measure measure, AgendaItem item) {
}
