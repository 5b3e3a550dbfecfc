package org.ordinancewatch.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the day or only to the month. Stored and printed as {@code YYYY-MM-DD} or
 * {@code YYYY-MM}; a month-precision date never gains an invented day.
 */
public record PartialDate(YearMonth month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
    private static final Comparator<PartialDate> ORDER = Comparator
            .comparing(PartialDate::month)
            .thenComparing(d -> d.day == null ? 0 : d.day);

    public PartialDate {
        if (month == null) {
            throw new IllegalArgumentException("month is required");
        }
        if (day != null && !month.isValidDay(day)) {
            throw new IllegalArgumentException("no day " + day + " in " + month);
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(YearMonth.from(date), date.getDayOfMonth());
    }

    /** Parses {@code YYYY-MM} or {@code YYYY-MM-DD}; blank gives null. */
    public static PartialDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date (expected YYYY-MM-DD or YYYY-MM)");
        }
        try {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new PartialDate(month, m.group(3) == null ? null : Integer.parseInt(m.group(3)));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date: " + e.getMessage());
        }
    }

    public boolean isExact() {
        return day != null;
    }

    /** The first day this date may stand for. */
    public LocalDate earliest() {
        return day == null ? month.atDay(1) : month.atDay(day);
    }

    /** The last day this date may stand for. */
    public LocalDate latest() {
        return day == null ? month.atEndOfMonth() : month.atDay(day);
    }

    /** True when {@code today} is on or after every day this date may stand for. */
    public boolean isReachedBy(LocalDate today) {
        return !today.isBefore(latest());
    }

    /** Months sort before the days within them: 2019-10 &lt; 2019-10-01 &lt; 2019-10-02. */
    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return day == null ? month.toString() : month.atDay(day).toString();
    }
}
