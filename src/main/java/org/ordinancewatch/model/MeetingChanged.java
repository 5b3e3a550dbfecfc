package org.ordinancewatch.model;

/**
 * Fired synchronously when a stored meeting's start or status changes (rescheduled, cancelled,
 * postponed), so that people told about a hearing hear about the change too.
 */
public record MeetingChanged(Meeting meeting, MeetingStatus previousStatus, java.time.OffsetDateTime previousStart) {
}
