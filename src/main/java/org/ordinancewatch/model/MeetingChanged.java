package org.ordinancewatch.model;

/**
 * Fired synchronously when a stored meeting's start or status changes (rescheduled, cancelled,
 * postponed), so that people told about a hearing hear about the change too.
 *
 * @param news false when found during its source's first successful run (the site's past, a backfill)
 */
public record MeetingChanged(Meeting meeting, MeetingStatus previousStatus, java.time.OffsetDateTime previousStart,
        boolean news) {

    /** A change found outside a source's first run. */
    public MeetingChanged(Meeting meeting, MeetingStatus previousStatus, java.time.OffsetDateTime previousStart) {
        this(meeting, previousStatus, previousStart, true);
    }
}
