package org.ordinancewatch.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.StatusChange;

/**
 * What a reporter pastes: "In force as of 14 May 2019. Source: URL, retrieved DATE. Ordinance Watch, PAGE, accessed
 * DATE." The source is the one behind the current status (the latest change); "retrieved" appears only when a
 * scraper fetched it (the archived copy's fetch time).
 */
public record Citation(String status, String asOf, String sourceUrl, String retrieved, String pageUrl, String accessed) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    static Citation of(Measure m, List<StatusChange> timeline, String pageUrl, Instant now) {
        StatusChange latest = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
        String source = latest != null && latest.sourceUrl != null ? latest.sourceUrl
                : m.sourceUrl != null ? m.sourceUrl
                : m.sources.stream().map(s -> s.url).filter(u -> u != null).findFirst()
                        .orElse(latest != null && latest.sourceLabel != null ? latest.sourceLabel
                                : m.sources.stream().map(s -> s.label).findFirst().orElse(null));
        // Only a fetch is a retrieval: a curated source's recording time is when the seed was loaded, not news.
        Instant retrieved = latest != null && latest.snapshot != null ? latest.snapshot.fetchedAt : null;
        return new Citation(m.status.label(), m.statusOn == null ? null : Display.date(m.statusOn), source,
                retrieved == null ? null : day(retrieved), pageUrl, day(now));
    }

    private static String day(Instant instant) {
        return DAY.format(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The whole citation as one line of text. */
    public String text() {
        StringBuilder s = new StringBuilder(status).append(asOf != null ? " as of " + asOf : " (date of this status not known)")
                .append('.');
        if (sourceUrl != null) {
            s.append(" Source: ").append(sourceUrl).append(retrieved != null ? ", retrieved " + retrieved : "").append('.');
        }
        return s.append(" Ordinance Watch, ").append(pageUrl).append(", accessed ").append(accessed).append('.').toString();
    }

    /**
     * "in 42 days", "today" or "passed 3 days ago" for a sunset, counted in the jurisdiction's zone; a month-only
     * sunset counts to the end of its month (as the expiry rule does). Null without a sunset.
     */
    static String sunsetCountdown(Measure m, Instant now) {
        if (m.sunsetOn == null) {
            return null;
        }
        LocalDate today = LocalDate.ofInstant(now, m.jurisdiction.zone());
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, m.sunsetOn.latest());
        if (days == 0) {
            return "today";
        }
        return days > 0 ? "in " + days + (days == 1 ? " day" : " days")
                : "passed " + -days + (days == -1 ? " day ago" : " days ago");
    }
}
