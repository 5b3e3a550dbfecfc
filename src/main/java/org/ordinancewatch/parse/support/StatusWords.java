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

    private static final Pattern[] WORDS = { CANCELLED, POSTPONED, RESCHEDULED };
    /**
     * What each pattern's matches contain, looked for first: a row's whole text rarely has a status word, and the
     * plain search is much cheaper than the patterns with their word boundaries.
     */
    private static final String[] STEMS = { "cancel", "postpone", "schedule" };

    private StatusWords() {
    }

    /** The status the texts state outright, if any. Cancellation wins over postponement over rescheduling. */
    public static Optional<ScrapedMeetingStatus> stated(String... texts) {
        for (int i = 0; i < WORDS.length; i++) {
            Pattern p = WORDS[i];
            for (String text : texts) {
                if (text != null && containsIgnoreCase(text, STEMS[i]) && p.matcher(text).find()) {
                    return Optional.of(p == CANCELLED ? ScrapedMeetingStatus.CANCELLED
                            : p == POSTPONED ? ScrapedMeetingStatus.POSTPONED : ScrapedMeetingStatus.RESCHEDULED);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the text holds the lower-case ASCII stem in any case (at least wherever the patterns would match). */
    private static boolean containsIgnoreCase(String text, String stem) {
        char first = stem.charAt(0);
        for (int at = 0; at <= text.length() - stem.length(); at++) {
            char c = text.charAt(at);
            // an ASCII character matches the stem's first letter only in either case: skip the others cheaply
            if (c < 0x80 && (c | 0x20) != first) {
                continue;
            }
            if (text.regionMatches(true, at, stem, 0, stem.length())) {
                return true;
            }
        }
        return false;
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
