package org.ordinancewatch.parse.legistar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ordinancewatch.record.ScrapedMeetingStatus;

/** Date and time formats of the Legistar web pages (6/12/2014, 10:00 AM) and of its Web API (2014-06-12T00:00:00). */
final class LegistarDates {

    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?\\s*([AaPp])\\.?\\s*[Mm]\\.?");
    private static final DateTimeFormatter API = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd().toFormatter(Locale.ROOT);

    private LegistarDates() {
    }

    /** The first M/D/YYYY date in the text, or null. */
    static LocalDate usDate(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = US_DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The first clock time in the text ("9:00 AM", "10am", "Noon"), or null. */
    static LocalTime time(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace('\u00a0', ' ');
        if (t.trim().equalsIgnoreCase("noon")) {
            return LocalTime.NOON;
        }
        Matcher m = TIME.matcher(t);
        if (!m.find()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour < 1 || hour > 12 || minute > 59) {
            return null;
        }
        boolean pm = Character.toUpperCase(m.group(3).charAt(0)) == 'P';
        return LocalTime.of(hour % 12 + (pm ? 12 : 0), minute);
    }

    /** A Web API date-time ("2013-03-13T00:00:00") as a local date, or null when absent or malformed. */
    static LocalDate apiDate(String text) {
        LocalDateTime dt = apiDateTime(text);
        return dt == null ? null : dt.toLocalDate();
    }

    static LocalDateTime apiDateTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            var parsed = API.parseBest(text.trim(), LocalDateTime::from, LocalDate::from);
            return parsed instanceof LocalDateTime ldt ? ldt : ((LocalDate) parsed).atStartOfDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Date and time in the jurisdiction's zone; a missing time means the meeting's day at midnight. */
    static OffsetDateTime start(LocalDate date, LocalTime time, ZoneId zone) {
        return date.atTime(time == null ? LocalTime.MIDNIGHT : time).atZone(zone).toOffsetDateTime();
    }

    /** What the source says (cancelled, postponed, rescheduled), else scheduled or held by the clock. */
    static ScrapedMeetingStatus status(String sourceText, OffsetDateTime start, Clock clock) {
        ScrapedMeetingStatus said = statusFromText(sourceText);
        if (said != null) {
            return said;
        }
        return start.toInstant().isAfter(clock.instant()) ? ScrapedMeetingStatus.SCHEDULED : ScrapedMeetingStatus.HELD;
    }

    static ScrapedMeetingStatus statusFromText(String text) {
        if (text == null) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("reschedul")) {
            return ScrapedMeetingStatus.RESCHEDULED;
        }
        if (t.contains("postpone") || t.contains("deferred")) {
            return ScrapedMeetingStatus.POSTPONED;
        }
        if (t.contains("cancel")) {
            return ScrapedMeetingStatus.CANCELLED;
        }
        return null;
    }
}
