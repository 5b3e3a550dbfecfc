package org.ordinancewatch.parse.escribe;

import static org.ordinancewatch.parse.support.Css.css;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.parse.support.DateTimes;
import org.ordinancewatch.parse.support.Html;
import org.ordinancewatch.parse.support.Json;
import org.ordinancewatch.parse.support.Links;
import org.ordinancewatch.parse.support.StatusWords;
import org.ordinancewatch.parse.support.Text;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * eSCRIBE: the {@code Meetings.aspx} listing (upcoming meetings, and past meetings grouped by meeting type) and the
 * calendar's JSON ({@code MeetingsCalendarView.aspx/GetCalendarMeetings}, {@code {"d": [...]}}). Relative document
 * links are relative to the site root, not to the calendar endpoint.
 */
@ApplicationScoped
public class EscribeAdapter implements Adapter {

    @Override
    public String name() {
        return "escribe";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        String text = page.text().stripLeading();
        return text.startsWith("{") || text.startsWith("[") ? calendar(page, context) : listing(page, context);
    }

    private static ParseResult calendar(Page page, SourceContext context) throws ParseException {
        JsonNode root = Json.read(page);
        JsonNode list = root.isArray() ? root : root.path("d");
        if (!list.isArray()) {
            throw new ParseException("not an eSCRIBE calendar response (no \"d\" array) at " + page.url());
        }
        URI site = siteRoot(page.url());
        List<ScrapedMeeting> meetings = new ArrayList<>();
        List<String> follow = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (JsonNode node : list) {
            OffsetDateTime start = DateTimes.startIn(Json.text(node, "StartDate", "FormattedStart"), context.zone());
            String body = Json.text(node, "MeetingType", "MeetingName");
            if (start == null || body == null) {
                warnings.add("calendar entry " + Json.text(node, "ID") + " lacks a start or a name; skipped");
                continue;
            }
            List<Link> links = new ArrayList<>();
            for (JsonNode doc : node.path("MeetingDocumentLink")) {
                String url = Links.resolve(site, Json.text(doc, "Url"));
                if (url != null) {
                    links.add(new Link(Text.firstNonBlank(Json.text(doc, "Title"), Json.text(doc, "Type"), "Document"), url));
                }
            }
            pdfAgenda(links).ifPresent(follow::add);
            String name = Json.text(node, "MeetingName");
            meetings.add(new ScrapedMeeting(Json.text(node, "ID"), body, name != null && !name.equals(body) ? name : null, start,
                    Json.text(node, "Location"), StatusWords.resolve(start, context.clock(), name, Json.text(node, "Description")),
                    Links.resolve(site, Json.text(node, "Url")), links, List.of()));
        }
        if (list.isEmpty()) {
            warnings.add("the eSCRIBE calendar returned no meetings");
        }
        return ParseResult.ofMeetings(meetings, follow, warnings);
    }

    private static ParseResult listing(Page page, SourceContext context) throws ParseException {
        String pageText = page.text();
        Document doc = Html.parse(page, pageText);
        List<String> warnings = new ArrayList<>();
        Html.truncationWarning(pageText).ifPresent(warnings::add);
        // screen-reader suffixes ("for City Council ... 9/29/2020") would otherwise end up in link labels
        doc.select(css(".sr-only")).remove();
        var rows = doc.select(css("div.meeting"));
        if (rows.isEmpty()) {
            if (doc.selectFirst(css("article.MeetingListFuture, article.MeetingListPast")) != null) {
                warnings.add("the eSCRIBE listing shows no meetings");
                return ParseResult.ofMeetings(List.of(), List.of(), warnings);
            }
            throw new ParseException("not an eSCRIBE meetings listing (no div.meeting) at " + page.url());
        }
        List<ScrapedMeeting> meetings = new ArrayList<>();
        List<String> follow = new ArrayList<>();
        for (Element row : rows) {
            ScrapedMeeting meeting = row(row, page, context);
            if (meeting == null) {
                warnings.add("meeting row without a date skipped: " + Text.firstNonBlank(row.text(), "(empty row)"));
                continue;
            }
            meetings.add(meeting);
            pdfAgenda(meeting.links()).ifPresent(follow::add);
        }
        return ParseResult.ofMeetings(meetings, follow, warnings);
    }

    /** The row repeats its date for each screen size; the large-screen copy has the full month and the time. */
    private static ScrapedMeeting row(Element row, Page page, SourceContext context) {
        Element when = row.selectFirst(css(".visible-lg"));
        if (when == null) {
            when = row.selectFirst(css("h3, h4"));
        }
        OffsetDateTime start = when == null ? null : DateTimes.startIn(when.text(), context.zone());
        if (start == null) {
            return null;
        }
        Element group = row.closest(css(".MeetingTypeContainer"));
        Element title = row.selectFirst(css("div.MeetingTitle a"));
        String body = group != null && !group.attr("MeetingType").isBlank() ? Text.clean(group.attr("MeetingType"))
                : title == null ? null : Text.clean(title.text());
        Element meetingLink = row.selectFirst(css("a[href*=Meeting.aspx?Id=]"));
        String url = Html.href(page, meetingLink);
        List<Link> links = new ArrayList<>(Html.links(page, row.select(css("ul.dropdown-menu a, .videolink a"))));
        List<String> notices = new ArrayList<>();
        for (Element notice : row.select(css(".text-danger"))) {
            if (notice.parents().stream().noneMatch(p -> p.hasClass("hidden"))) {
                notices.add(notice.text());
            }
        }
        Element place = row.selectFirst(css(".Location-Tooltip"));
        return new ScrapedMeeting(Links.queryParam(url, "Id"), body, null, start, place == null ? null : Text.clean(place.text()),
                StatusWords.resolve(start, context.clock(), notices.toArray(String[]::new)), url, links, List.of());
    }

    /**
     * The agenda PDF ({@code FileStream.ashx?DocumentId=}, "Agenda (PDF)"), which {@code pdf-agenda} reads; the HTML
     * agenda ({@code ScrapedMeeting.aspx?...&Agenda=}) has no adapter. A cover page is not the agenda.
     */
    private static java.util.Optional<String> pdfAgenda(List<Link> links) {
        return links.stream().filter(l -> l.url().contains("FileStream.ashx?")).filter(l -> {
            String label = l.label() == null ? "" : l.label().toLowerCase(java.util.Locale.ROOT);
            return label.contains("agenda") && label.contains("pdf") && !label.contains("cover");
        }).map(Link::url).findFirst();
    }

    private static URI siteRoot(URI url) {
        return url == null ? null : URI.create(url.getScheme() + "://" + url.getAuthority() + "/");
    }
}
