package org.ordinancewatch.parse.iqm2;

import static org.ordinancewatch.parse.support.Css.css;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.parse.support.DateTimes;
import org.ordinancewatch.parse.support.Html;
import org.ordinancewatch.parse.support.Links;
import org.ordinancewatch.parse.support.StatusWords;
import org.ordinancewatch.parse.support.Text;
import org.ordinancewatch.record.ScrapedMeeting;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * IQM2 meeting lists: the portal home page ({@code Citizens/Default.aspx}, upcoming meetings) and the calendar
 * ({@code Citizens/Calendar.aspx}, list view). Each {@code div.MeetingRow} is one meeting; its tooltip carries date,
 * board, type, status and location line by line.
 */
@ApplicationScoped
public class Iqm2CalendarAdapter implements Adapter {

    private static final Pattern DECLARED = Pattern.compile("Displaying (\\d+) meetings?");

    @Override
    public String name() {
        return "iqm2-calendar";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        String pageText = page.text();
        Document doc = Html.parse(page, pageText);
        List<String> warnings = new ArrayList<>();
        Html.truncationWarning(pageText).ifPresent(warnings::add);
        Integer declared = declaredCount(doc);
        Elements rows = doc.select(css("div.MeetingRow"));
        if (rows.isEmpty()) {
            if (declared != null && declared == 0) {
                warnings.add("the calendar lists no meetings for the selected range");
                return ParseResult.ofMeetings(List.of(), List.of(), warnings);
            }
            throw new ParseException("no IQM2 meeting rows (div.MeetingRow) on " + page.url());
        }
        List<ScrapedMeeting> meetings = new ArrayList<>();
        List<String> follow = new ArrayList<>();
        int index = 0;
        for (Element row : rows) {
            index++;
            ScrapedMeeting meeting = readRow(row, page, context);
            if (meeting == null) {
                warnings.add("meeting row " + index + " has no date; skipped");
                continue;
            }
            meetings.add(meeting);
            if (meeting.url() != null && !follow.contains(meeting.url())) {
                follow.add(meeting.url());
            }
        }
        if (declared != null && declared != meetings.size()) {
            warnings.add("the page declares " + declared + " meetings but " + meetings.size() + " were read");
        }
        return ParseResult.ofMeetings(meetings, follow, warnings);
    }

    private static Integer declaredCount(Document doc) {
        Element summary = doc.getElementById("ContentPlaceholder1_lblFilterSummary");
        if (summary == null) {
            return null;
        }
        Matcher m = DECLARED.matcher(summary.text());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static ScrapedMeeting readRow(Element row, Page page, SourceContext context) {
        Element link = row.selectFirst(css("a[href*=Detail_Meeting.aspx]"));
        String tooltip = link != null && !link.attr("title").isBlank() ? link.attr("title")
                : row.select(css("img.MeetingIcon[title]")).attr("title");
        Tooltip info = Tooltip.parse(tooltip);
        String details = Text.clean(row.select(css(".RowDetails")).text());
        var start = DateTimes.startIn(info.dateLine(), context.zone());
        if (start == null && link != null) {
            start = DateTimes.startIn(link.text(), context.zone());
        }
        if (start == null) {
            return null;
        }
        String body = info.field("Board");
        String type = info.field("Type");
        if (body == null && details != null) {
            int dash = details.indexOf(" - ");
            body = dash < 0 ? details : details.substring(0, dash);
            type = dash < 0 ? null : details.substring(dash + 3);
        }
        String url = Html.href(page, link);
        var status = StatusWords.resolve(start, context.clock(), info.field("Status"),
                row.select(css(".MeetingCancelled")).text(), details);
        return new ScrapedMeeting(Links.queryParam(url, "ID"), body, type, start, info.location(), status, url,
                Html.links(page, row.select(css(".MeetingLinks a"))), List.of());
    }

    /** The meeting tooltip: a date line, then "Board:\tX", "Type:\tY", "Status:\tZ", then location lines. */
    private record Tooltip(String dateLine, Map<String, String> fields, String location) {

        static Tooltip parse(String tooltip) {
            String[] lines = tooltip == null ? new String[0] : tooltip.split("[\\r\\n]+");
            String dateLine = lines.length > 0 ? Text.clean(lines[0]) : null;
            Map<String, String> fields = new LinkedHashMap<>();
            List<String> location = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                int colon = line.indexOf(':');
                String key = colon > 0 ? line.substring(0, colon).trim() : "";
                if (!key.isEmpty() && key.matches("[A-Za-z ]+") && !line.startsWith("\t")) {
                    fields.put(key, Text.clean(line.substring(colon + 1)));
                } else if (Text.clean(line) != null) {
                    location.add(Text.clean(line));
                }
            }
            return new Tooltip(dateLine, fields, location.isEmpty() ? null : String.join(", ", location));
        }

        String field(String name) {
            return fields.get(name);
        }
    }
}
