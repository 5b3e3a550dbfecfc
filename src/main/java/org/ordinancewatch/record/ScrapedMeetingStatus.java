package org.ordinancewatch.record;

/** What a source says about a meeting, normalised across platforms. */
public enum ScrapedMeetingStatus {
    SCHEDULED, CANCELLED, POSTPONED, RESCHEDULED, HELD;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
