package org.ordinancewatch.parse.novus;

import static org.ordinancewatch.parse.support.Css.css;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.ordinancewatch.parse.support.ItemText;
import org.ordinancewatch.parse.support.Links;
import org.ordinancewatch.parse.support.StatusWords;
import org.ordinancewatch.parse.support.Text;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * NovusAGENDA public site ({@code agendapublic/meetingsresponsive.aspx}): a meetings table (ScrapedMeeting Date, ScrapedMeeting
 * Type, ScrapedMeeting Location, agenda and minutes columns) and, when the search matched items, an items table whose
 * rows open {@code Coversheet.aspx?ItemID=..&MeetingID=..}; those items are attached to their meeting.
 */
@ApplicationScoped
public class NovusAgendaAdapter implements Adapter {

    private static final String[] DOCUMENT_COLUMNS = { "online agenda", "download agenda", "minutes recap", "legal minutes" };

    @Override
    public String name() {
        return "novusagenda";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        String pageText = page.text();
        Document doc = Html.parse(page, pageText);
        List<String> warnings = new ArrayList<>();
        Html.truncationWarning(pageText).ifPresent(warnings::add);
        Element meetingsTable = null;
        Element itemsTable = null;
        for (Element table : doc.select(css("table"))) {
            HeaderColumns columns = HeaderColumns.of(table);
            if (columns.has("meeting date") && columns.has("meeting type")) {
                meetingsTable = table;
            } else if (columns.has("title") && columns.has("online item")) {
                itemsTable = table;
            }
        }
        if (meetingsTable == null) {
            throw new ParseException("no NovusAGENDA meetings table (Meeting Date / Meeting Type) at " + page.url());
        }
        Map<String, List<ScrapedItem>> items = itemsTable == null ? Map.of() : items(itemsTable, page);
        HeaderColumns columns = HeaderColumns.of(meetingsTable);
        List<ScrapedMeeting> meetings = new ArrayList<>();
        List<String> follow = new ArrayList<>();
        for (Element row : meetingsTable.select(css("tr"))) {
            // header rows hold th cells; the phone-layout detail rows are a single wide cell
            if (row.select(css("> th")).size() > 0 || row.select(css("> td")).size() < 3) {
                continue;
            }
            String date = columns.text(row, "meeting date");
            if (date == null) {
                warnings.add("meeting row without a date skipped: " + Text.firstNonBlank(row.text(), "(empty row)"));
                continue;
            }
            OffsetDateTime start = DateTimes.startIn(date, context.zone());
            String type = cellText(columns.cell(row, "meeting type"));
            if (start == null || type == null) {
                warnings.add("meeting row dated '" + date + "' could not be read; skipped");
                continue;
            }
            List<Link> links = new ArrayList<>();
            for (String column : DOCUMENT_COLUMNS) {
                Element cell = columns.cell(row, column);
                for (Element a : cell == null ? List.<Element>of() : cell.select(css("a"))) {
                    String url = Html.href(page, a);
                    if (url == null) {
                        url = Links.scriptTarget(page.url(), a.attr("onclick"));
                    }
                    if (url != null) {
                        links.add(new Link(headerLabel(column), url));
                    }
                }
            }
            String id = links.stream().map(l -> Links.queryParam(l.url(), "MeetingID")).filter(v -> v != null).findFirst()
                    .orElse(null);
            // the agenda PDF is read by pdf-agenda; the HTML view (MeetingView.aspx) has no adapter
            links.stream().filter(l -> l.url().contains("DisplayAgendaPDF.ashx?")).map(Link::url).findFirst()
                    .ifPresent(follow::add);
            String location = columns.text(row, "meeting location");
            meetings.add(new ScrapedMeeting(id, type, null, start, location, StatusWords.resolve(start, context.clock(), type, location),
                    null, links, id == null ? List.of() : items.getOrDefault(id, List.of())));
        }
        if (meetings.isEmpty()) {
            warnings.add("the meetings table lists no meetings");
        }
        return ParseResult.ofMeetings(meetings, follow, warnings);
    }

    /** The type cell repeats its text for phones; the plain copy sits in {@code .mobile-table-td-div}. */
    private static String cellText(Element cell) {
        if (cell == null) {
            return null;
        }
        Element plain = cell.selectFirst(css(".mobile-table-td-div"));
        return Text.clean(plain != null ? plain.text() : cell.text());
    }

    private static String headerLabel(String column) {
        return switch (column) {
            case "online agenda" -> "Agenda (HTML)";
            case "download agenda" -> "Agenda (PDF)";
            case "minutes recap" -> "Minutes (HTML)";
            default -> "Minutes (PDF)";
        };
    }

    private static Map<String, List<ScrapedItem>> items(Element table, Page page) {
        HeaderColumns columns = HeaderColumns.of(table);
        Map<String, List<ScrapedItem>> byMeeting = new LinkedHashMap<>();
        for (Element row : table.select(css("tr"))) {
            Element online = columns.cell(row, "online item");
            String title = cellText(columns.cell(row, "title"));
            if (online == null || title == null || row.select(css("> th")).size() > 0 || row.select(css("> td")).size() < 3) {
                continue;
            }
            Element a = online.selectFirst(css("a"));
            String url = a == null ? null : Links.scriptTarget(page.url(), a.attr("onclick"));
            String meetingId = Links.queryParam(url, "MeetingID");
            if (meetingId == null) {
                continue;
            }
            ScrapedItem parsed = ItemText.parse(title, url, List.of()).orElse(null);
            ScrapedItem item = new ScrapedItem(null, parsed == null ? null : parsed.file(), title, null, null, url, List.of());
            List<ScrapedItem> list = byMeeting.computeIfAbsent(meetingId, k -> new ArrayList<>());
            if (list.stream().noneMatch(i -> url.equals(i.url()))) {
                list.add(item);
            }
        }
        return byMeeting;
    }
}
