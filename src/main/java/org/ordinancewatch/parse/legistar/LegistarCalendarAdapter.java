package org.ordinancewatch.parse.legistar;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.ordinancewatch.parse.support.Css;
import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;

/**
 * Legistar's meeting calendar ({@code Calendar.aspx}), and the same meetings grid on a body's page
 * ({@code DepartmentDetail.aspx}), where the body is the page's own and has no column.
 * Columns are found by header, so sites with extra or reordered columns read the same.
 */
@ApplicationScoped
public class LegistarCalendarAdapter implements Adapter {

    /**
     * A topic speaks for the meeting's status only when it is a notice ("CANCELLED", "** ScrapedMeeting
     * Postponed **"); a topic such as "Deferred Compensation Plan" is the subject, not the status.
     */
    private static final Pattern STATUS_NOTICE = Pattern.compile(
            "\\W*(?:meeting\\s+)?(?:cancel|postpone|reschedul|deferred)", Pattern.CASE_INSENSITIVE);


    static final String[] NAME = {"Name", "Meeting Name"};
    static final String[] DATE = {"Meeting Date", "Date"};
    static final String[] TIME = {"Meeting Time", "Time"};
    static final String[] LOCATION = {"Meeting Location", "Location"};
    static final String[] TOPIC = {"Meeting Topic", "Topic"};
    static final String[] DETAILS = {"Meeting Details", "Details"};
    static final String[] COMMENT = {"Comment", "Comments", "Meeting Comment"};

    private static final Evaluator VIEW_LINKS = Css.css("a[href*=View.ashx]");
    private static final Evaluator LINKS = Css.css("a");

    @Override
    public String name() {
        return "legistar-calendar";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        Document doc = LegistarHtml.parse(page, "calendar");
        LegistarGrid grid = LegistarGrid.find(doc, "gridCalendar_ctl00", DATE);
        if (grid == null) {
            throw new ParseException("no Legistar meeting grid (a table with a Meeting Date column) on " + page.url());
        }
        String pageBody = grid.hasColumn(NAME) ? null : bodyOfPage(doc, context);
        List<ScrapedMeeting> meetings = new ArrayList<>();
        Set<String> follow = new LinkedHashSet<>();
        List<String> warnings = new ArrayList<>();
        for (Element row : grid.rows()) {
            ScrapedMeeting meeting = meeting(grid, row, pageBody, page.url(), context, warnings);
            if (meeting != null) {
                meetings.add(meeting);
                if (meeting.url() != null) {
                    follow.add(meeting.url());
                }
            }
        }
        if (!grid.rows().isEmpty() && meetings.isEmpty()) {
            warnings.add("none of the " + grid.rows().size() + " calendar rows could be read on " + page.url());
        }
        return ParseResult.ofMeetings(meetings, new ArrayList<>(follow), warnings);
    }

    private ScrapedMeeting meeting(LegistarGrid grid, Element row, String pageBody, URI base, SourceContext context,
            List<String> warnings) {
        String dateText = grid.text(row, DATE);
        LocalDate date = LegistarDates.usDate(dateText);
        if (date == null) {
            warnings.add("skipped calendar " + grid.describe(row) + ": no meeting date in '" + dateText + "'");
            return null;
        }
        String body = pageBody != null ? pageBody : grid.text(row, NAME);
        if (body == null) {
            warnings.add("skipped calendar " + grid.describe(row) + " of " + date + ": no body name");
            return null;
        }
        String timeText = grid.text(row, TIME);
        OffsetDateTime start = LegistarDates.start(date, LegistarDates.time(timeText), context.zone());
        Element locationCell = grid.cell(row, LOCATION);
        String topic = grid.text(row, TOPIC);
        String statusText = LegistarText.joinPresent(timeText, LegistarText.clean(locationCell),
                grid.text(row, COMMENT), topic != null && STATUS_NOTICE.matcher(topic).lookingAt() ? topic : null);
        String details = LegistarLinks.target(first(grid.cell(row, DETAILS)), base);
        return new ScrapedMeeting(sourceId(details, row, base), body, topic, start, location(locationCell),
                LegistarDates.status(statusText, start, context.clock()), details, documents(grid, row, base),
                List.of());
    }

    /** On a body's own page the grid has no Name column; the source may name the body, else the page title does. */
    private static String bodyOfPage(Document doc, SourceContext context) throws ParseException {
        String body = context.option("body", null);
        if (body == null) {
            String title = LegistarText.clean(doc.title());
            if (title != null) {
                int dash = title.indexOf(" - ");
                body = dash >= 0 ? LegistarText.clean(title.substring(dash + 3)) : title;
            }
        }
        if (body == null) {
            throw new ParseException("meeting grid without a Name column and no body name in the page title");
        }
        return body;
    }

    /**
     * The location cell's first line; the {@code <em>} below it holds a comment ("CANCELLED"), or on some
     * sites the address itself when the first line is empty.
     */
    private static String location(Element cell) {
        String firstLine = LegistarText.withoutEmphasis(cell);
        if (firstLine != null) {
            return firstLine;
        }
        String all = LegistarText.clean(cell);
        return LegistarDates.statusFromText(all) == null ? all : null;
    }

    /** The meeting id of the details link; rows whose details are not public still carry it in the iCal link. */
    private static String sourceId(String details, Element row, URI base) {
        String id = LegistarLinks.queryParam(details, "ID");
        if (id == null) {
            for (Element a : row.select(VIEW_LINKS)) {
                String href = LegistarLinks.target(a, base);
                if ("IC".equalsIgnoreCase(LegistarLinks.queryParam(href, "M"))) {
                    return LegistarLinks.queryParam(href, "ID");
                }
            }
        }
        return id;
    }

    /** Agenda, minutes, video and other document columns: every column but the meeting's own fields. */
    private static List<Link> documents(LegistarGrid grid, Element row, URI base) {
        Set<Integer> own = grid.columns(NAME, DATE, TIME, LOCATION, TOPIC, DETAILS, COMMENT);
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < grid.headers().size(); i++) {
            String header = grid.headers().get(i);
            Element cell = LegistarGrid.cell(row, i);
            if (own.contains(i) || header.isEmpty() || header.equals("ics") || cell == null) {
                continue;
            }
            String label = grid.label(i);
            boolean firstInCell = true;
            for (Element a : cell.select(LINKS)) {
                String url = LegistarLinks.target(a, base);
                if (url != null) {
                    String text = LegistarText.clean(a.text());
                    links.add(new Link(firstInCell || text == null ? label : label + " (" + text + ")", url));
                    firstInCell = false;
                }
            }
        }
        return links;
    }

    private static Element first(Element cell) {
        return cell == null ? null : cell.selectFirst(LINKS);
    }
}
