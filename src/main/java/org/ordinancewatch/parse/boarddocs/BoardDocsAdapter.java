package org.ordinancewatch.parse.boarddocs;

import static org.ordinancewatch.parse.support.Css.css;

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
import org.ordinancewatch.parse.support.StatusWords;
import org.ordinancewatch.parse.support.Text;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * BoardDocs: the XML meeting feed (with agenda items), meeting-list pages and JSON meeting lists. The public
 * {@code Board.nsf/Public} page itself is an application shell whose meetings arrive by script; it and the
 * committee chooser give an empty result with a warning saying so. Nothing is followed: the meeting pages
 * ({@code goto?open&id=}) are filled by script too.
 */
@ApplicationScoped
public class BoardDocsAdapter implements Adapter {

    @Override
    public String name() {
        return "boarddocs";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        String text = page.text().stripLeading();
        List<String> warnings = new ArrayList<>();
        if (text.startsWith("<?xml") || text.startsWith("<meetings")) {
            if (!text.contains("<meetings")) {
                throw new ParseException("BoardDocs XML without a <meetings> feed at " + page.url());
            }
            Html.xmlTruncationWarning(page, "meetings").ifPresent(warnings::add);
            List<ScrapedMeeting> meetings = BoardDocsXmlFeed.read(page, context, warnings);
            if (meetings.isEmpty()) {
                warnings.add("the BoardDocs feed lists no meetings");
            }
            return ParseResult.ofMeetings(meetings, List.of(), warnings);
        }
        if (text.startsWith("[") || text.startsWith("{")) {
            return ParseResult.ofMeetings(json(page, context, warnings), List.of(), warnings);
        }
        return html(page, context, warnings);
    }

    private static List<ScrapedMeeting> json(Page page, SourceContext context, List<String> warnings) throws ParseException {
        JsonNode root = Json.read(page);
        if (!root.isArray()) {
            throw new ParseException("BoardDocs meeting list must be a JSON array at " + page.url());
        }
        if (root.isEmpty()) {
            warnings.add("BoardDocs returned an empty meeting list");
        }
        List<ScrapedMeeting> meetings = new ArrayList<>();
        for (JsonNode node : root) {
            String name = Json.text(node, "CleanName", "Name", "name");
            OffsetDateTime start = DateTimes.startIn(Json.text(node, "MeetingDateTime", "MeetingDate", "numberdate"), context.zone());
            if (name == null || start == null) {
                warnings.add("meeting " + Json.text(node, "Id", "unique") + " lacks a name or date; skipped");
                continue;
            }
            String body = Text.firstNonBlank(Json.text(node, "MeetingTypeName"), name);
            meetings.add(new ScrapedMeeting(Json.text(node, "Id", "unique"), body, name.equals(body) ? null : name, start,
                    Json.text(node, "MeetingLocation"), StatusWords.resolve(start, context.clock(), name), null, List.of(),
                    List.of()));
        }
        return meetings;
    }

    private static ParseResult html(Page page, SourceContext context, List<String> warnings) throws ParseException {
        String pageText = page.text();
        Document doc = Html.parse(page, pageText);
        Html.truncationWarning(pageText).ifPresent(warnings::add);
        var rows = doc.select(css(".meeting-item"));
        if (rows.isEmpty()) {
            if (!doc.select(css(".committee-item")).isEmpty()) {
                warnings.add("BoardDocs committee chooser (" + doc.select(css(".committee-item")).size()
                        + " committees), not a meeting list");
                return ParseResult.ofMeetings(List.of(), List.of(), warnings);
            }
            if (doc.getElementById("mainMeetings") != null || doc.title().contains("BoardDocs")) {
                warnings.add("BoardDocs application page: its meetings are loaded by script, not in the page");
                return ParseResult.ofMeetings(List.of(), List.of(), warnings);
            }
            throw new ParseException("not a BoardDocs page at " + page.url());
        }
        List<ScrapedMeeting> meetings = new ArrayList<>();
        for (Element row : rows) {
            OffsetDateTime start = DateTimes.startIn(text(row, ".meeting-date"), context.zone());
            String title = text(row, ".meeting-title");
            if (start == null || title == null) {
                warnings.add("meeting row " + row.attr("data-id") + " lacks a date or title; skipped");
                continue;
            }
            String url = Html.href(page, row.selectFirst(css("a[href]")));
            meetings.add(new ScrapedMeeting(Text.clean(row.attr("data-id")), title, null, start, null,
                    StatusWords.resolve(start, context.clock(), title, text(row, ".meeting-type")), url,
                    url == null ? List.of() : List.of(new Link("Agenda", url)), List.of()));
        }
        return ParseResult.ofMeetings(meetings, List.of(), warnings);
    }

    private static String text(Element row, String selector) {
        Element e = row.selectFirst(selector);
        return e == null ? null : Text.clean(e.text());
    }
}
