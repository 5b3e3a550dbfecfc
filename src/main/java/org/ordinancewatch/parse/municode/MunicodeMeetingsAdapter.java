package org.ordinancewatch.parse.municode;

import static org.ordinancewatch.parse.support.Css.css;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.parse.support.DateTimes;
import org.ordinancewatch.parse.support.HeaderColumns;
import org.ordinancewatch.parse.support.Html;
import org.ordinancewatch.parse.support.StatusWords;
import org.ordinancewatch.parse.support.Text;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Municode meetings: the Municode Meetings table ({@code table.mcm}: ScrapedMeeting, Venue, Time, Agenda, Packet, Minutes,
 * Video/Audio) and the meetings view of Municode-hosted city sites ({@code table.views-table}: Date, ScrapedMeeting,
 * Agenda, Agenda Packet, Minutes, Video, View). Columns are found by their headers.
 */
@ApplicationScoped
public class MunicodeMeetingsAdapter implements Adapter {

    private static final String[][] DOCUMENT_COLUMNS = { { "agenda" }, { "agenda packet", "packet" }, { "minutes" },
            { "video", "video/audio" } };
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^(?:[A-Za-z]+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})\\s*[-–:]?\\s*");
    private static final Pattern PDF = Pattern.compile("(?i)\\.pdf($|\\?)");
    private static final Pattern MEETING_GUID = Pattern.compile("MEET-[A-Za-z]+-([0-9a-f]{32})");

    @Override
    public String name() {
        return "municode-meetings";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        String pageText = page.text();
        Document doc = Html.parse(page, pageText);
        List<String> warnings = new ArrayList<>();
        Html.truncationWarning(pageText).ifPresent(warnings::add);
        List<Element> tables = doc.select(css("table")).stream()
                .filter(t -> HeaderColumns.of(t).has("meeting") && HeaderColumns.of(t).has("agenda")).toList();
        if (tables.isEmpty()) {
            throw new ParseException("no meetings table (Meeting / Agenda columns) at " + page.url());
        }
        List<ScrapedMeeting> meetings = new ArrayList<>();
        List<String> follow = new ArrayList<>();
        for (Element table : tables) {
            HeaderColumns columns = HeaderColumns.of(table);
            for (Element row : table.select(css("tr:has(> td)"))) {
                ScrapedMeeting meeting = row(row, columns, page, context);
                if (meeting == null) {
                    warnings.add("meeting row without a date skipped: " + Text.firstNonBlank(row.text(), "(empty row)"));
                    continue;
                }
                meetings.add(meeting);
                // the agenda PDF; the meeting's own page is script-driven and has no adapter
                meeting.links().stream().filter(l -> l.label().equalsIgnoreCase("agenda")).map(Link::url)
                        .filter(u -> PDF.matcher(u).find()).findFirst().ifPresent(follow::add);
            }
        }
        if (meetings.isEmpty()) {
            warnings.add("the meetings table lists no meetings");
        }
        return ParseResult.ofMeetings(meetings, follow, warnings);
    }

    private static ScrapedMeeting row(Element row, HeaderColumns columns, Page page, SourceContext context) {
        String name = columns.text(row, "meeting");
        OffsetDateTime start = start(row, columns, name, context);
        if (start == null || name == null) {
            return null;
        }
        String body = Text.firstNonBlank(LEADING_DATE.matcher(name).replaceFirst(""), name);
        List<Link> links = new ArrayList<>();
        for (String[] names : DOCUMENT_COLUMNS) {
            Element cell = columns.cell(row, names);
            if (cell != null) {
                String label = headerOf(names);
                for (Element a : cell.select(css("a[href]"))) {
                    String url = Html.href(page, a);
                    if (url != null) {
                        links.add(new Link(label, url));
                    }
                }
            }
        }
        Element view = columns.cell(row, "view");
        String url = view == null ? null : Html.href(page, view.selectFirst(css("a[href]")));
        return new ScrapedMeeting(sourceId(url, links), body, null, start, columns.text(row, "venue", "location"),
                StatusWords.resolve(start, context.clock(), name), url, links, List.of());
    }

    /** The machine-readable date ({@code content="2022-11-07T19:00:00-05:00"}) when present, else the printed one. */
    private static OffsetDateTime start(Element row, HeaderColumns columns, String name, SourceContext context) {
        Element dateCell = columns.cell(row, "date");
        if (dateCell != null) {
            Element stamped = dateCell.selectFirst(css("[content]"));
            if (stamped != null) {
                OffsetDateTime parsed = DateTimes.parseIso(stamped.attr("content"), context.zone());
                if (parsed != null) {
                    return parsed;
                }
            }
            return DateTimes.startIn(dateCell.text(), context.zone());
        }
        String time = columns.text(row, "time");
        return DateTimes.startIn((name == null ? "" : name) + " " + (time == null ? "" : time), context.zone());
    }

    private static String headerOf(String[] names) {
        return switch (names[0]) {
            case "agenda packet" -> "Agenda Packet";
            case "agenda" -> "Agenda";
            case "minutes" -> "Minutes";
            default -> "Video";
        };
    }

    private static String sourceId(String detailUrl, List<Link> links) {
        if (detailUrl != null) {
            return detailUrl.substring(detailUrl.lastIndexOf('/') + 1);
        }
        for (Link link : links) {
            Matcher m = MEETING_GUID.matcher(link.url());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
