package org.ordinancewatch.web;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import org.ordinancewatch.model.Meeting;

/**
 * When a meeting starts, as the public should read it. Parsers store a meeting whose source gives only a date at
 * 00:00 in the jurisdiction's zone (no council meets at midnight), so that time is shown as the date alone.
 */
public final class MeetingTimes {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a z", Locale.ENGLISH);

    private MeetingTimes() {
    }

    /** The start in the jurisdiction's own zone, or null when the meeting has none. */
    public static ZonedDateTime localStart(Meeting meeting) {
        return meeting.startAt == null ? null : meeting.startAt.atZoneSameInstant(meeting.jurisdiction.zone());
    }

    /** Whether the source gave only the day (stored as local midnight). */
    public static boolean dateOnly(Meeting meeting) {
        ZonedDateTime start = localStart(meeting);
        return start != null && start.toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    /** "Tue 21 Apr 2026": the day in the jurisdiction's zone. */
    @TemplateExtension(namespace = "when", matchName = "day")
    static String day(Meeting meeting) {
        ZonedDateTime start = localStart(meeting);
        return start == null ? "date not announced" : DATE.format(start);
    }

    /** "10:00 AM EDT", or "time not given" for a meeting known only by its date. */
    @TemplateExtension(namespace = "when", matchName = "clock")
    static String clock(Meeting meeting) {
        ZonedDateTime start = localStart(meeting);
        if (start == null) {
            return "";
        }
        return dateOnly(meeting) ? "time not given" : TIME.format(start);
    }

    /** ISO value for a {@code <time datetime>}: the date alone for a date-only meeting. */
    @TemplateExtension(namespace = "when", matchName = "iso")
    static String iso(Meeting meeting) {
        ZonedDateTime start = localStart(meeting);
        if (start == null) {
            return "";
        }
        return dateOnly(meeting) ? start.toLocalDate().toString() : start.toOffsetDateTime().toString();
    }
}
