package org.ordinancewatch.parse.granicus;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.parse.support.DateTimes;
import org.ordinancewatch.parse.support.HeaderColumns;
import org.ordinancewatch.parse.support.StatusWords;
import org.ordinancewatch.parse.support.Text;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;

/**
 * ViewPublisher listings. Every site styles its template differently (tables with or without headers, odd/even or
 * listingRow classes, bootstrap div rows), so a meeting row is recognised by what it holds: a short cell that is a
 * date, and a name. Columns are taken from the table's headers when it has them.
 */
final class ListingReader {

    private static final int LONGEST_DATE_CELL = 45;
    private static final int LONGEST_LEADING_DATE_CELL = 80;
    private static final int DATE_LEAD = 30;
    private static final String[] NAME_HEADERS = { "name", "meeting type", "meeting", "event", "body" };
    private static final Pattern DURATION = Pattern.compile(
            "(?i)\\d+\\s*(h|hr|hrs|hour|hours)\\b.*|\\d{1,2}:\\d{2}(:\\d{2})?|\\d+\\s*(m|min|mins|minutes)");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b,?");
    /** Nothing but separators, "at" or a status word: what is left of "July 2, 2019, 10 a.m. - Cancelled". */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)[\\s\\p{Punct}\u2013\u2014]*(at|cancel+(ed|lation)?|postponed?|re-?scheduled?)?[\\s\\p{Punct}\u2013\u2014]*");
    private static final Set<String> LINK_WORDS = Set.of("agenda", "minutes", "video", "audio", "view", "download",
            "packet", "agenda packet", "captions", "mp3", "mp4", "synopsis", "ecomment", "ecomments", "watch", "listen");

    private ListingReader() {
    }

    record Read(List<ScrapedMeeting> meetings, int candidates) {
    }

    static Read read(Document doc, Page page, SourceContext context, List<String> warnings) {
        // templates put a hidden sort key before the date ("<span style=display:none>1646294400</span>Mar 3, 2022")
        doc.select("td span[style~=display:\\s*none]").remove();
        List<ScrapedMeeting> meetings = new ArrayList<>();
        int candidates = 0;
        // a table's header row is read once, not once per row (that made long listings quadratic)
        Map<Element, HeaderColumns> tableHeaders = new IdentityHashMap<>();
        for (Element row : doc.select("tr, div.row")) {
            List<Element> cells = cells(row);
            if (cells.size() < 2) {
                continue;
            }
            HeaderColumns columns = headers(row, tableHeaders);
            Element dateCell = dateCell(row, cells, columns);
            if (dateCell == null) {
                continue;
            }
            candidates++;
            String name = name(row, cells, columns, dateCell);
            if (name == null) {
                warnings.add("row dated " + Text.clean(dateCell.text()) + " names no meeting; kept without a body");
            }
            meetings.add(meeting(row, name, dateCell, page, context));
        }
        return new Read(meetings, candidates);
    }

    /** Leaf rows only: a table row without nested rows, or a bootstrap row without nested rows. */
    private static List<Element> cells(Element row) {
        if (row.tagName().equals("tr")) {
            if (!row.select("> th").isEmpty() || row.select("tr").size() > 1 || row.hasClass("listHeader")) {
                return List.of();
            }
            return row.select("> td");
        }
        if (row.select("div.row").size() > 1 || row.selectFirst("a, input[onclick]") == null) {
            return List.of();
        }
        return row.children();
    }

    private static HeaderColumns headers(Element row, Map<Element, HeaderColumns> tableHeaders) {
        Element table = row.tagName().equals("tr") ? row.closest("table") : null;
        if (table == null) {
            return HeaderColumns.ofNames(List.of());
        }
        HeaderColumns columns = tableHeaders.computeIfAbsent(table, HeaderColumns::of);
        if (columns.isEmpty()) {
            Element first = table.selectFirst("tr.listHeader");
            if (first == null) {
                first = table.selectFirst("tr");
                if (first != null && (first == row || DateTimes.findDate(first.text()).isPresent())) {
                    first = null;
                }
            }
            if (first != null) {
                columns = HeaderColumns.ofNames(first.select("> td, > th").eachText());
            }
        }
        return columns;
    }

    private static Element dateCell(Element row, List<Element> cells, HeaderColumns columns) {
        Element marked = row.selectFirst("> td[headers~=^(Event)?Date\\b]");
        if (marked != null && isDate(marked)) {
            return marked;
        }
        Element byHeader = columns.cell(row, "date", "date/time", "meeting date");
        if (byHeader != null && isDate(byHeader)) {
            return byHeader;
        }
        return cells.stream().filter(ListingReader::isDate).findFirst().orElse(null);
    }

    private static boolean isDate(Element cell) {
        Element copy = cell.clone();
        copy.select(".committee").remove();
        String text = Text.clean(copy.text());
        if (text == null || DateTimes.findDate(text).isEmpty()) {
            return false;
        }
        // a longer cell still is the date cell when it opens with the date ("February 26, 2019 Committee of the
        // Whole, 10 a.m."); a description that merely mentions a date is not
        return text.length() <= LONGEST_DATE_CELL || text.length() <= LONGEST_LEADING_DATE_CELL
                && DateTimes.findDate(text.substring(0, DATE_LEAD)).isPresent();
    }

    private static String name(Element row, List<Element> cells, HeaderColumns columns, Element dateCell) {
        Element marked = row.selectFirst(".committee, td.name, td.Name, td[headers~=^(Event)?Name\\b]");
        if (marked != null && marked != dateCell && Text.clean(marked.text()) != null) {
            return Text.clean(marked.text());
        }
        Element byHeader = columns.cell(row, NAME_HEADERS);
        if (byHeader != null && byHeader != dateCell && Text.clean(byHeader.text()) != null) {
            return Text.clean(byHeader.text());
        }
        for (Element cell : cells) {
            String text = Text.clean(cell.text());
            if (cell != dateCell && text != null && !LINK_WORDS.contains(text.toLowerCase(Locale.ROOT))
                    && !DURATION.matcher(text).matches() && !isDate(cell) && !onlyLinks(cell, text)) {
                return text;
            }
        }
        // some templates print the name in the date's own cell, before it (RTA) or after it (LAUSD)
        return nameBesideDate(Text.clean(dateCell.text()));
    }

    /**
     * What a date cell says besides its date, time and weekday ("March 26, 2019 Committee of the Whole, 1 p.m." gives
     * "Committee of the Whole"); null when only separators or a status word ("- Cancelled") remain.
     */
    private static String nameBesideDate(String dateText) {
        String rest = DateTimes.withoutDateAndTime(dateText);
        if (rest == null) {
            return null;
        }
        String name = Text.clean(WEEKDAY.matcher(rest).replaceAll(" ")
                .replaceAll("^[\\s,;:.\\-\u2013\u2014]+|[\\s,;:.\\-\u2013\u2014]+$", ""));
        if (name == null || NOT_A_NAME.matcher(name).matches()) {
            return null;
        }
        return name;
    }

    /** A cell that is nothing but links ("Video Link", "Meeting Event Page") names a document, not the meeting. */
    private static boolean onlyLinks(Element cell, String text) {
        String linkText = Text.clean(String.join(" ", cell.select("a").eachText()));
        return text.equals(linkText);
    }

    private static ScrapedMeeting meeting(Element row, String name, Element dateCell, Page page, SourceContext context) {
        String dateText = Text.clean(dateCell.text());
        OffsetDateTime start = DateTimes.startIn(dateText, context.zone());
        if (DateTimes.findTime(dateText).isEmpty()) {
            // a time printed with the name ("Finance Committee 8:30 AM") belongs to the meeting too
            start = DateTimes.findTime(name).map(t -> DateTimes.findDate(dateText).orElseThrow().atTime(t))
                    .map(l -> DateTimes.inZone(l, context.zone())).orElse(start);
        }
        List<Link> links = GranicusLinks.of(row, page);
        String url = links.stream().filter(GranicusLinks::isAgenda).map(Link::url).findFirst().orElse(null);
        return new ScrapedMeeting(GranicusLinks.sourceId(links), name, null, start, null,
                StatusWords.resolve(start, context.clock(), name, Text.clean(row.text())), url, links, List.of());
    }

}
