package org.ordinancewatch.parse.legistar;

import static org.ordinancewatch.parse.support.Css.css;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;

/** One meeting's page ({@code MeetingDetail.aspx}): the meeting, its documents and its agenda items. */
@ApplicationScoped
public class LegistarMeetingDetailAdapter implements Adapter {

    static final String[] MEETING_NAME = {"Meeting Name", "Name"};
    static final String[] DATE_TIME = {"Meeting date/time", "Meeting date", "Date"};
    static final String[] LOCATION = {"Meeting location", "Location"};
    static final String[] COMMENT = {"Meeting comment", "Comment", "Comments"};

    static final String[] FILE = {"File #", "Record #"};
    static final String[] AGENDA_NUMBER = {"Agenda #", "Agenda Number"};
    static final String[] TITLE = {"Title"};
    static final String[] NAME = {"Name"};
    static final String[] ACTION = {"Action"};
    static final String[] RESULT = {"Result"};

    @Override
    public String name() {
        return "legistar-meeting-detail";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        Document doc = LegistarHtml.parse(page, "meeting detail");
        Map<String, Element> fields = LegistarHtml.detailFields(doc);
        String body = LegistarHtml.fieldText(fields, MEETING_NAME);
        Element dateField = LegistarHtml.field(fields, DATE_TIME);
        if (body == null || dateField == null) {
            throw new ParseException("no Meeting Name and date/time fields: not a Legistar MeetingDetail page: "
                    + page.url());
        }
        // The date and the time are separate spans in one table cell.
        String when = LegistarText.clean(dateField.parent() != null && dateField.parent().tagName().equals("td")
                ? dateField.parent().text() : dateField.text());
        LocalDate date = LegistarDates.usDate(when);
        if (date == null) {
            throw new ParseException("unreadable meeting date '" + when + "' on " + page.url());
        }
        OffsetDateTime start = LegistarDates.start(date, LegistarDates.time(when), context.zone());
        String location = LegistarText.withoutEmphasis(LegistarHtml.field(fields, LOCATION));
        String statusText = LegistarText.joinPresent(LegistarHtml.fieldText(fields, LOCATION),
                LegistarHtml.fieldText(fields, COMMENT));
        List<String> warnings = new ArrayList<>();
        Set<String> follow = new LinkedHashSet<>();
        List<ScrapedItem> items = items(doc, page.url(), warnings, follow);
        ScrapedMeeting meeting = new ScrapedMeeting(LegistarLinks.queryParam(page.url().toString(), "ID"), body, null, start,
                location, LegistarDates.status(statusText, start, context.clock()), page.url().toString(),
                documents(fields, page.url()), items);
        return ParseResult.ofMeetings(List.of(meeting), new ArrayList<>(follow), warnings);
    }

    /** Every labelled field that links somewhere (published agenda, minutes, video), except the body's page. */
    private static List<Link> documents(Map<String, Element> fields, URI base) {
        List<Link> links = new ArrayList<>();
        for (var e : fields.entrySet()) {
            if (e.getKey().equals("meeting name") || e.getKey().equals("name")) {
                continue;
            }
            Element value = e.getValue();
            Element anchor = value.tagName().equals("a") ? value : value.selectFirst(css("a"));
            String url = LegistarLinks.target(anchor, base);
            if (url != null) {
                links.add(new Link(label(value, e.getKey()), url));
            }
        }
        return links;
    }

    private static String label(Element value, String key) {
        Element labelCell = value.parent() == null ? null : value.parent().previousElementSibling();
        String printed = labelCell == null ? null : LegistarText.clean(labelCell.text());
        if (printed != null && printed.endsWith(":")) {
            return printed.substring(0, printed.length() - 1).trim();
        }
        return key;
    }

    private static List<ScrapedItem> items(Document doc, URI base, List<String> warnings, Set<String> follow) {
        LegistarGrid grid = LegistarGrid.find(doc, "gridMain_ctl00", "Agenda #", "File #", "Title");
        if (grid == null) {
            warnings.add("no agenda item table on " + base);
            return List.of();
        }
        Set<Integer> own = grid.columns(FILE, AGENDA_NUMBER, TITLE, NAME, ACTION, RESULT);
        List<ScrapedItem> items = new ArrayList<>();
        for (Element row : grid.rows()) {
            Element fileCell = grid.cell(row, FILE);
            String file = LegistarText.clean(fileCell);
            String title = grid.text(row, TITLE);
            if (title == null) {
                title = grid.text(row, NAME);
            }
            if (file == null && title == null) {
                warnings.add("skipped agenda " + grid.describe(row) + ": neither file number nor title");
                continue;
            }
            String url = fileCell == null ? null : LegistarLinks.target(fileCell.selectFirst(css("a")), base);
            if (url != null) {
                follow.add(url);
            }
            List<Link> links = new ArrayList<>();
            for (int i = 0; i < grid.headers().size(); i++) {
                Element cell = LegistarGrid.cell(row, i);
                if (own.contains(i) || cell == null) {
                    continue;
                }
                for (Element a : cell.select(css("a"))) {
                    String target = LegistarLinks.target(a, base);
                    if (target != null) {
                        links.add(new Link(grid.label(i), target));
                    }
                }
            }
            items.add(new ScrapedItem(grid.text(row, AGENDA_NUMBER), file, title, grid.text(row, ACTION),
                    grid.text(row, RESULT), url, links));
        }
        return items;
    }
}
