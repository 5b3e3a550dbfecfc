package org.ordinancewatch.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;

import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.record.ScrapedMeeting;

/** Small helpers for adapter tests: a frozen clock, page variants and meeting look-up. */
public final class AdapterTesting {

    /** Every test runs "now" at this instant unless it says otherwise. */
    public static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    private AdapterTesting() {
    }

    public static SourceContext context(String zone) {
        return SourceContext.of(ZoneId.of(zone), Clock.fixed(NOW, ZoneId.of(zone)));
    }

    public static SourceContext context(String zone, Instant now) {
        return SourceContext.of(ZoneId.of(zone), Clock.fixed(now, ZoneId.of(zone)));
    }

    /** The same page with its text changed (truncated, a table removed, columns swapped). */
    public static Page edited(Page page, UnaryOperator<String> edit) {
        return new Page(edit.apply(page.text()).getBytes(StandardCharsets.UTF_8), page.url(),
                "text/html; charset=utf-8", page.fetchedAt());
    }

    /** The first {@code fraction} of the page, as a download cut off mid-way gives it. */
    public static Page truncated(Page page, double fraction) {
        return edited(page, t -> t.substring(0, (int) (t.length() * fraction)));
    }

    /**
     * The page's bytes up to the first occurrence of {@code marker} (a row's id, say), exactly as a download cut off
     * there gives them: the markup around the cut is left broken.
     */
    public static Page cutBefore(Page page, String marker) {
        byte[] needle = marker.getBytes(page.charset());
        byte[] body = page.body();
        for (int i = 1; i + needle.length <= body.length; i++) {
            if (java.util.Arrays.equals(body, i, i + needle.length, needle, 0, needle.length)) {
                return new Page(java.util.Arrays.copyOf(body, i), page.url(), page.contentType(), page.fetchedAt());
            }
        }
        throw new IllegalArgumentException("'" + marker + "' is not in " + page.url());
    }

    /**
     * The page with cells {@code a} and {@code b} (0-based) of every row of the tables {@code tableSelector} matches
     * changed over, header rows included, as a site that reorders its columns serves it.
     */
    public static Page swappedColumns(Page page, String tableSelector, int a, int b) {
        return edited(page, text -> {
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(text);
            var tables = doc.select(tableSelector);
            if (tables.isEmpty()) {
                throw new IllegalArgumentException("no table '" + tableSelector + "' in " + page.url());
            }
            for (org.jsoup.nodes.Element row : tables.select("tr")) {
                var cells = row.select("> td, > th");
                if (cells.size() > Math.max(a, b)) {
                    org.jsoup.nodes.Element first = cells.get(Math.min(a, b));
                    org.jsoup.nodes.Element second = cells.get(Math.max(a, b));
                    org.jsoup.nodes.Element marker = new org.jsoup.nodes.Element("span");
                    second.before(marker);
                    first.before(second);
                    marker.replaceWith(first);
                }
            }
            return doc.outerHtml();
        });
    }

    public static ParseResult parse(Adapter adapter, Page page, SourceContext context) {
        try {
            return adapter.parse(page, context);
        } catch (ParseException e) {
            throw new AssertionError("unexpected ParseException: " + e.getMessage(), e);
        }
    }

    public static ScrapedMeeting meeting(ParseResult result, String sourceId) {
        List<ScrapedMeeting> found = result.meetings().stream().filter(m -> sourceId.equals(m.sourceId())).toList();
        assertThat(found).as("meetings with source id %s", sourceId).hasSize(1);
        return found.get(0);
    }
}
