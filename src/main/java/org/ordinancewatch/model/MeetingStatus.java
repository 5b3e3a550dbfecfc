package org.ordinancewatch.model;

import java.util.Locale;

/**
 * Where a stored meeting stands. Stored by name; the scrapers' own {@code record.ScrapedMeetingStatus} is mapped to
 * it where a page is ingested, so the model does not depend on the scraper's vocabulary.
 */
public enum MeetingStatus {
    SCHEDULED, CANCELLED, POSTPONED, RESCHEDULED, HELD;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
