package org.ordinancewatch.model;

/**
 * A curator rejected a measure the scrapers had detected. Fired before the measure is deleted, so observers can tell
 * the people who were alerted about it ({@code eventKey} is the key its detection alerts carry).
 */
public record DetectionRejected(String eventKey, String title, Jurisdiction jurisdiction, String reason) {
}
