package org.ordinancewatch.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.Status;

/** Display values for templates: {@code {fmt:date(m.decidedOn)}}, {@code {fmt:instant(asOf)}}, {@code {s.css}}. */
public class Display {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    @TemplateExtension(namespace = "fmt", matchName = "instant")
    static String instant(Instant instant) {
        return instant == null ? "never" : AS_OF.format(instant);
    }

    /** "10,024": counts read at a glance once they reach the thousands. */
    @TemplateExtension(namespace = "fmt", matchName = "count")
    static String count(long n) {
        return String.format(java.util.Locale.US, "%,d", n);
    }

    @TemplateExtension(namespace = "fmt", matchName = "iso")
    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** "14 May 2019", or "Oct 2019" where only the month is known. */
    @TemplateExtension(namespace = "fmt", matchName = "date")
    static String date(PartialDate date) {
        if (date == null) {
            return "unknown";
        }
        return date.isExact() ? DAY.format(date.earliest()) : MONTH.format(date.month());
    }

    private static final DateTimeFormatter MEETING = DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a z", Locale.ENGLISH);

    /** A meeting's start in its jurisdiction's own time zone: "Tue 21 Apr 2026, 10:00 AM EDT". */
    @TemplateExtension(namespace = "fmt", matchName = "meetingTime")
    static String meetingTime(org.ordinancewatch.model.Meeting meeting) {
        if (meeting == null || meeting.startAt == null) {
            return "date not announced";
        }
        if (MeetingTimes.dateOnly(meeting)) {
            return MeetingTimes.day(meeting) + " (time not given)";
        }
        return MEETING.format(meeting.startAt.atZoneSameInstant(meeting.jurisdiction.zone()));
    }

    /**
     * Why a status changed, in words for the public: "curator:config/measures.csv line 4" reads as "Researched" (the
     * file and line are for curators, in the API); a rule that read the council's action text reads as coming from
     * its legislative record. The source's label follows on the page.
     */
    @TemplateExtension(namespace = "fmt", matchName = "reason")
    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return "Recorded";
        }
        if (reason.equals("curator:correction")) {
            return "Corrected by a curator";
        }
        if (reason.equals("curator:review")) {
            return "Undone by a curator's review";
        }
        if (reason.startsWith("curator:")) {
            return "Researched";
        }
        return switch (reason) {
            case "rule:sunset-reached" -> "Its sunset date was reached";
            case "rule:new-file-detected" -> "Found on the council's agenda (detected automatically)";
            default -> reason.startsWith("rule:")
                    ? "From the council's legislative record (" + reason.substring("rule:".length()).replace('-', ' ') + ")"
                    : reason;
        };
    }

    @TemplateExtension
    static String css(Status status) {
        return "status-" + status.code().replace('_', '-');
    }
}
