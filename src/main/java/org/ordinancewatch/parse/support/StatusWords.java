package org.ordinancewatch.parse.support;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ordinancewatch.record.ScrapedMeetingStatus;

/** Reads a meeting's status from the words a platform prints ("CANCELLED", "Postponed", "Rescheduled"). */
public final class StatusWords {

    private static final Pattern CANCELLED = Pattern.compile("\\bcancel+(?:ed|lation)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSTPONED = Pattern.compile("\\bpostpone(?:d|ment)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESCHEDULED = Pattern.compile("\\bre-?scheduled?\\b", Pattern.CASE_INSENSITIVE);

    private StatusWords() {
    }

    /** The status the texts state outright, if any. Cancellation wins over postponement over rescheduling. */
    public static Optional<ScrapedMeetingStatus> stated(String... texts) {
        for (Pattern p : new Pattern[] { CANCELLED, POSTPONED, RESCHEDULED }) {
            for (String text : texts) {
                if (text != null && p.matcher(text).find()) {
                    return Optional.of(p == CANCELLED ? ScrapedMeetingStatus.CANCELLED
                            : p == POSTPONED ? ScrapedMeetingStatus.POSTPONED : ScrapedMeetingStatus.RESCHEDULED);
                }
            }
        }
        return Optional.empty();
    }

    /** The stated status, else scheduled when the start is after the clock's now (or unknown), else held. */
    public static ScrapedMeetingStatus resolve(OffsetDateTime start, Clock clock, String... texts) {
        return stated(texts).orElseGet(() -> byTime(start, clock));
    }

    public static ScrapedMeetingStatus byTime(OffsetDateTime start, Clock clock) {
        if (start == null || start.toInstant().isAfter(clock.instant())) {
            return ScrapedMeetingStatus.SCHEDULED;
        }
        return ScrapedMeetingStatus.HELD;
    }
}
