package org.ordinancewatch.parse.support;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and times in the free text platforms print, in the formats they use: {@code 2/12/2019 5:30 PM},
 * {@code Sep 6, 2022 6:30 PM}, {@code TUESDAY, SEPTEMBER 6, 2022 6:30 PM}, {@code 2022-09-06T18:30:00},
 * {@code 6:30 p.m.}, {@code 18:30}, {@code Noon}.
 */
public final class DateTimes {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2}))?");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4}|\\d{2})\\b");
    private static final Pattern YEAR_FIRST = Pattern.compile("\\b(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
    private static final Pattern NAMED = Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}|\\d{2}(?![\\d:]|\\s*[ap]\\.?\\s*m\\b))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST_NAMED = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TWELVE_HOUR = Pattern.compile(
            "\\b(\\d{1,2})(?::?(\\d{2}))?(?::\\d{2})?\\s*([ap])\\.?\\s*m\\b\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern TWENTY_FOUR_HOUR = Pattern.compile("\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b");
    private static final Pattern NOON = Pattern.compile("\\bnoon\\b", Pattern.CASE_INSENSITIVE);

    private DateTimes() {
    }

    /** A date found in text, with where it started and ended. */
    private record Found(LocalDate date, int start, int end) {
    }

    /** The first date in the text, in any of the supported formats. */
    public static Optional<LocalDate> findDate(String text) {
        return Optional.ofNullable(locateDate(text)).map(Found::date);
    }

    /** The first time of day in the text ({@code 6:30 PM}, {@code 6 p.m.}, {@code 18:30}, {@code noon}). */
    public static Optional<LocalTime> findTime(String raw) {
        String text = Text.clean(raw);
        if (text == null) {
            return Optional.empty();
        }
        if (!hasDigit(text)) {
            // both clock patterns need a digit: only "noon" can be there
            return NOON.matcher(text).find() ? Optional.of(LocalTime.NOON) : Optional.empty();
        }
        Matcher m = TWELVE_HOUR.matcher(text);
        if (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (hour >= 1 && hour <= 12 && minute < 60) {
                boolean pm = m.group(3).equalsIgnoreCase("p");
                return Optional.of(LocalTime.of(hour % 12 + (pm ? 12 : 0), minute));
            }
        }
        if (NOON.matcher(text).find()) {
            return Optional.of(LocalTime.NOON);
        }
        Matcher h = TWENTY_FOUR_HOUR.matcher(text);
        if (h.find()) {
            return Optional.of(LocalTime.of(Integer.parseInt(h.group(1)), Integer.parseInt(h.group(2))));
        }
        return Optional.empty();
    }

    /**
     * The first date in the text and the time that follows it (or, failing that, any time in the text); a date
     * without a time gives midnight.
     */
    public static Optional<LocalDateTime> findDateTime(String raw) {
        String text = Text.clean(raw);
        Found found = locateDate(text);
        if (found == null) {
            return Optional.empty();
        }
        LocalTime time = findTime(text.substring(found.end())).or(() -> findTime(text)).orElse(LocalTime.MIDNIGHT);
        return Optional.of(found.date().atTime(time));
    }

    /**
     * The text with its first date and every time of day taken out, or null when nothing is left: what a cell that
     * prints a meeting's name beside its date ("March 26, 2019 Committee of the Whole, 1 p.m.") says besides the date.
     */
    public static String withoutDateAndTime(String raw) {
        String text = Text.clean(raw);
        Found found = locateDate(text);
        if (found == null) {
            return text;
        }
        String rest = text.substring(0, found.start()) + " " + text.substring(found.end());
        rest = TWELVE_HOUR.matcher(rest).replaceAll(" ");
        rest = TWENTY_FOUR_HOUR.matcher(rest).replaceAll(" ");
        return Text.clean(NOON.matcher(rest).replaceAll(" "));
    }

    /** The local date-time in the jurisdiction's zone as an offset date-time. */
    public static OffsetDateTime inZone(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toOffsetDateTime();
    }

    /** Shorthand for {@link #findDateTime} then {@link #inZone}; null when the text has no date. */
    public static OffsetDateTime startIn(String text, ZoneId zone) {
        return findDateTime(text).map(l -> inZone(l, zone)).orElse(null);
    }

    /**
     * Reads an ISO-8601 timestamp from an API. With an offset it is converted into the zone; without one it is
     * taken as local time in the zone.
     */
    public static OffsetDateTime parseIso(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).atZoneSameInstant(zone).toOffsetDateTime();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(t).atZone(zone).toOffsetDateTime();
            } catch (DateTimeException e2) {
                return startIn(t, zone);
            }
        }
    }

    /**
     * Reads a timestamp whose offset cannot be trusted (some APIs stamp local wall-clock time with {@code Z}): the
     * date and time are kept as printed and placed in the zone.
     */
    public static OffsetDateTime wallClockIn(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replaceFirst("(Z|[+-]\\d{2}:?\\d{2})$", "");
        try {
            return LocalDateTime.parse(t).atZone(zone).toOffsetDateTime();
        } catch (DateTimeException e) {
            return startIn(t, zone);
        }
    }

    private static Found locateDate(String raw) {
        String text = Text.clean(raw);
        // every date pattern needs a digit; most cells a listing asks about (names, "Agenda", "Video") have none
        if (text == null || !hasDigit(text)) {
            return null;
        }
        Found best = null;
        int bestStart = Integer.MAX_VALUE;
        // the numeric patterns run only on text that holds what they cannot match without: four digits then a
        // dash or slash, a dash or slash (a month's letters are no such test: "approve", "mayor", "decision")
        Matcher m = NAMED.matcher(text);
        if (m.find()) {
            String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
            LocalDate d = date(year, MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), m.group(2));
            if (d != null && m.start() < bestStart) {
                best = new Found(d, m.start(), m.end());
                bestStart = m.start();
            }
        }
        m = DAY_FIRST_NAMED.matcher(text);
        if (m.find() && m.start() < bestStart) {
            LocalDate d = date(m.group(3), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(1));
            if (d != null) {
                best = new Found(d, m.start(), m.end());
                bestStart = m.start();
            }
        }
        m = ISO.matcher(text);
        if (hasYearThen(text, '-') && m.find() && m.start() < bestStart) {
            LocalDate d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (d != null) {
                // keep the time part of an ISO stamp in the remaining text
                best = new Found(d, m.start(), m.group(4) == null ? m.end() : m.start(4));
                bestStart = m.start();
            }
        }
        m = YEAR_FIRST.matcher(text);
        if (hasYearThen(text, '/') && m.find() && m.start() < bestStart) {
            LocalDate d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (d != null) {
                best = new Found(d, m.start(), m.end());
                bestStart = m.start();
            }
        }
        m = NUMERIC.matcher(text);
        if ((text.indexOf('/') >= 0 || text.indexOf('-') >= 0) && m.find() && m.start() < bestStart) {
            String year = m.group(4).length() == 2 ? "20" + m.group(4) : m.group(4);
            LocalDate d = date(year, Integer.parseInt(m.group(1)), m.group(3));
            if (d != null) {
                best = new Found(d, m.start(), m.end());
            }
        }
        return best;
    }

    /** Whether four ASCII digits are followed by the separator somewhere in the text. */
    private static boolean hasYearThen(String text, char separator) {
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + 1)) {
            if (at >= 4 && isDigit(text.charAt(at - 1)) && isDigit(text.charAt(at - 2)) && isDigit(text.charAt(at - 3))
                    && isDigit(text.charAt(at - 4))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the text holds an ASCII digit, what {@code \\d} matches. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(String year, Integer month, String day) {
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
