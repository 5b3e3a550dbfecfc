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
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.ordinancewatch.parse.support.Css;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.parse.support.DateTimes;
import org.ordinancewatch.parse.support.Dom;
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

    // selectors parsed once: parsing them per row was a good part of the parse time of long listings
    private static final Pattern HIDDEN = Pattern.compile("display:\\s*none");
    private static final Evaluator ROWS = Css.css("tr, div.row");
    private static final Evaluator SPAN = new Evaluator.Tag("span");
    private static final Evaluator TD = Css.css("td");
    private static final Evaluator TABLE = Css.css("table");
    private static final Evaluator TABLE_ROWS = Css.css("tr");
    private static final Evaluator LINK_OR_HANDLER = Css.css("a, input[onclick]");
    private static final Evaluator LIST_HEADER = Css.css("tr.listHeader");
    private static final Evaluator HEADER_CELLS = Css.css("> td, > th");
    private static final Evaluator MARKED_DATE_CELL = Css.css("td[headers~=^(Event)?Date\\b]");
    private static final Evaluator MARKED_NAME = Css.css(
            ".committee, td.name, td.Name, td[headers~=^(Event)?Name\\b]");
    private static final Evaluator COMMITTEE = Css.css(".committee");
    private static final Evaluator ANCHORS = Css.css("a");

    private ListingReader() {
    }

    record Read(List<ScrapedMeeting> meetings, int candidates) {
    }

    static Read read(Document doc, Page page, SourceContext context, List<String> warnings) {
        List<Element> rows = rowsWithoutHiddenSortKeys(doc);
        List<ScrapedMeeting> meetings = new ArrayList<>();
        int candidates = 0;
        // which rows hold other rows, found in one walk rather than by a search below every row
        List<Element> tableRows = rows.stream().filter(row -> row.nameIs("tr")).toList();
        Set<Element> holders = Dom.holders(tableRows);
        holders.addAll(Dom.holders(rows.stream().filter(row -> !row.nameIs("tr")).toList()));
        // a table's header row is read once, not once per row (that made long listings quadratic)
        Map<Element, TableHeaders> tableHeaders = new IdentityHashMap<>();
        Map<Element, Boolean> dates = new IdentityHashMap<>();
        for (Element row : rows) {
            List<Element> cells = cells(row, holders);
            if (cells.size() < 2) {
                continue;
            }
            HeaderColumns columns = headers(row, tableHeaders);
            Element dateCell = dateCell(row, cells, columns, dates);
            if (dateCell == null) {
                continue;
            }
            candidates++;
            String dateText = Text.clean(dateCell.text());
            String name = name(row, cells, columns, dateCell, dateText, dates);
            if (name == null) {
                warnings.add("row dated " + dateText + " names no meeting; kept without a body");
            }
            meetings.add(meeting(row, name, dateText, page, context));
        }
        return new Read(meetings, candidates);
    }

    /**
     * What {@code doc.select("tr, div.row")} gives after removing the hidden sort keys templates put before the date
     * ({@code <td><span style=display:none>1646294400</span>Mar 3, 2022}: what {@code td span[style~=display:\\s*none]}
     * selects), found in one walk of the page instead of one for the spans and one for the rows. A removed span's
     * rows are not taken, as the search after the removal would not find them.
     */
    private static List<Element> rowsWithoutHiddenSortKeys(Document doc) {
        List<Element> hidden = new ArrayList<>();
        List<Element> rows = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (SPAN.matches(doc, e) && isHiddenSortKey(e)) {
                    hidden.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (ROWS.matches(doc, e)) {
                    rows.add(e);
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        hidden.forEach(Element::remove);
        return rows;
    }

    private static boolean isHiddenSortKey(Element span) {
        return span.hasAttr("style") && HIDDEN.matcher(span.attr("style")).find() && span.parent() != null
                && span.parent().closest(TD) != null;
    }

    /** Leaf rows only: a table row without nested rows, or a bootstrap row without nested rows. */
    private static List<Element> cells(Element row, Set<Element> holders) {
        if (row.tagName().equals("tr")) {
            if (Dom.hasChild(row, "th") || holders.contains(row) || row.hasClass("listHeader")) {
                return List.of();
            }
            return Dom.children(row, "td");
        }
        if (holders.contains(row) || row.selectFirst(LINK_OR_HANDLER) == null) {
            return List.of();
        }
        return row.children();
    }

    private static HeaderColumns headers(Element row, Map<Element, TableHeaders> tableHeaders) {
        Element table = row.tagName().equals("tr") ? row.closest(TABLE) : null;
        if (table == null) {
            return HeaderColumns.ofNames(List.of());
        }
        return tableHeaders.computeIfAbsent(table, TableHeaders::of).forRow(row);
    }

    /**
     * A table's columns: from its header row, else from its {@code listHeader} row, else from its first row unless
     * that row is dated (a meeting, not a header) or is the row being read.
     */
    private record TableHeaders(HeaderColumns columns, Element first, HeaderColumns firstColumns) {

        static TableHeaders of(Element table) {
            HeaderColumns columns = HeaderColumns.of(table);
            if (!columns.isEmpty()) {
                return new TableHeaders(columns, null, null);
            }
            Element first = table.selectFirst(LIST_HEADER);
            boolean listHeader = first != null;
            if (first == null) {
                first = table.selectFirst(TABLE_ROWS);
                if (first != null && DateTimes.findDate(first.text()).isPresent()) {
                    first = null;
                }
            }
            if (first == null) {
                return new TableHeaders(columns, null, null);
            }
            HeaderColumns firstColumns = HeaderColumns.ofNames(first.select(HEADER_CELLS).eachText());
            return new TableHeaders(columns, listHeader ? null : first, firstColumns);
        }

        HeaderColumns forRow(Element row) {
            if (firstColumns == null || row == first) {
                return columns;
            }
            return firstColumns;
        }
    }

    private static Element dateCell(Element row, List<Element> cells, HeaderColumns columns, Map<Element, Boolean> dates) {
        Element marked = markedDate(row);
        if (marked != null && isDate(marked, dates)) {
            return marked;
        }
        Element byHeader = columns.cell(row, "date", "date/time", "meeting date");
        if (byHeader != null && isDate(byHeader, dates)) {
            return byHeader;
        }
        for (Element cell : cells) {
            if (isDate(cell, dates)) {
                return cell;
            }
        }
        return null;
    }

    /** What {@code row.selectFirst("> td[headers~=^(Event)?Date\\b]")} finds, looked for among the row's children only. */
    private static Element markedDate(Element row) {
        for (int i = 0; i < row.childNodeSize(); i++) {
            if (row.childNode(i) instanceof Element child && MARKED_DATE_CELL.matches(row, child)) {
                return child;
            }
        }
        return null;
    }

    /** {@link #isDate(Element)}, remembered: a row asks it of the same cells while looking for its date and its name. */
    private static boolean isDate(Element cell, Map<Element, Boolean> dates) {
        return dates.computeIfAbsent(cell, ListingReader::isDate);
    }

    private static boolean isDate(Element cell) {
        // templates print the committee in the date cell
        String text = Text.clean(Dom.textWithout(cell, COMMITTEE));
        if (text == null || DateTimes.findDate(text).isEmpty()) {
            return false;
        }
        // a longer cell still is the date cell when it opens with the date ("February 26, 2019 Committee of the
        // Whole, 10 a.m."); a description that merely mentions a date is not
        return text.length() <= LONGEST_DATE_CELL || text.length() <= LONGEST_LEADING_DATE_CELL
                && DateTimes.findDate(text.substring(0, DATE_LEAD)).isPresent();
    }

    private static String name(Element row, List<Element> cells, HeaderColumns columns, Element dateCell,
            String dateText, Map<Element, Boolean> dates) {
        Element marked = row.selectFirst(MARKED_NAME);
        String markedText = marked == null || marked == dateCell ? null : Text.clean(marked.text());
        if (markedText != null) {
            return markedText;
        }
        Element byHeader = columns.cell(row, NAME_HEADERS);
        String headerText = byHeader == null || byHeader == dateCell ? null : Text.clean(byHeader.text());
        if (headerText != null) {
            return headerText;
        }
        for (Element cell : cells) {
            if (cell == dateCell) {
                continue;
            }
            String text = Text.clean(cell.text());
            if (text != null && !LINK_WORDS.contains(text.toLowerCase(Locale.ROOT))
                    && !DURATION.matcher(text).matches() && !isDate(cell, dates) && !onlyLinks(cell, text)) {
                return text;
            }
        }
        // some templates print the name in the date's own cell, before it (RTA) or after it (LAUSD)
        return nameBesideDate(dateText);
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
        String linkText = Text.clean(String.join(" ", cell.select(ANCHORS).eachText()));
        return text.equals(linkText);
    }

    private static ScrapedMeeting meeting(Element row, String name, String dateText, Page page, SourceContext context) {
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
