package org.ordinancewatch.parse.primegov;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.parse.support.DateTimes;
import org.ordinancewatch.parse.support.Json;
import org.ordinancewatch.parse.support.Links;
import org.ordinancewatch.parse.support.StatusWords;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * PrimeGov public portal API ({@code /api/v2/PublicPortal/ListUpcomingMeetings},
 * {@code ListArchivedMeetings?year=}): an array of meetings, each with its compiled documents. PDF documents
 * (compileOutputType 1) are served by {@code /Public/CompiledDocument}, HTML ones (3) by {@code /Portal/ScrapedMeeting}.
 */
@ApplicationScoped
public class PrimeGovApiAdapter implements Adapter {

    private static final int PDF = 1;
    private static final int HTML = 3;

    @Override
    public String name() {
        return "primegov-api";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        JsonNode root = Json.read(page);
        if (!root.isArray()) {
            throw new ParseException("PrimeGov meeting list must be a JSON array, got " + root.getNodeType() + " at " + page.url());
        }
        List<ScrapedMeeting> meetings = new ArrayList<>();
        List<String> follow = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root) {
            index++;
            OffsetDateTime start = start(node, context);
            String title = Json.text(node, "title");
            if (start == null || title == null) {
                warnings.add("meeting " + index + " (id " + Json.text(node, "id") + ") lacks a date or title; skipped");
                continue;
            }
            List<Link> links = documents(node, page);
            String video = Links.resolve(page.url(), Json.text(node, "videoUrl"));
            if (video != null) {
                links.add(new Link("Video", video));
            }
            List<String> statusTexts = new ArrayList<>(links.stream().map(Link::label).toList());
            statusTexts.add(title);
            var status = StatusWords.resolve(start, context.clock(), statusTexts.toArray(String[]::new));
            pdfAgenda(links).ifPresent(follow::add);
            meetings.add(new ScrapedMeeting(Json.text(node, "id"), title.strip(), null, start, null, status, null, links, List.of()));
        }
        if (root.isEmpty()) {
            warnings.add("PrimeGov returned no meetings");
        }
        return ParseResult.ofMeetings(meetings, follow, warnings);
    }

    /**
     * The compiled PDF agenda ({@code Public/CompiledDocument}), which {@code pdf-agenda} reads; the HTML copy
     * ({@code Portal/ScrapedMeeting}) has no adapter, and agenda packets are too large to read.
     */
    private static Optional<String> pdfAgenda(List<Link> links) {
        return links.stream().filter(l -> l.url().contains("/Public/CompiledDocument?"))
                .filter(l -> label(l).contains("agenda") && !label(l).contains("packet")).map(Link::url).findFirst();
    }

    private static String label(Link link) {
        return link.label() == null ? "" : link.label().toLowerCase(Locale.ROOT);
    }

    /** {@code dateTime} when the API gives it, else the printed {@code date} and {@code time}. */
    private static OffsetDateTime start(JsonNode node, SourceContext context) {
        String dateTime = Json.text(node, "dateTime");
        if (dateTime != null) {
            return DateTimes.parseIso(dateTime, context.zone());
        }
        String date = Json.text(node, "date");
        return date == null ? null : DateTimes.startIn(date + " " + (Json.text(node, "time") == null ? "" : Json.text(node, "time")),
                context.zone());
    }

    private static List<Link> documents(JsonNode node, Page page) {
        List<Link> links = new ArrayList<>();
        String base = origin(page);
        for (JsonNode doc : node.path("documentList")) {
            String name = Json.text(doc, "templateName");
            String templateId = Json.text(doc, "templateId");
            if (templateId == null) {
                continue;
            }
            String own = Json.text(doc, "link");
            int type = doc.path("compileOutputType").asInt();
            String url = own != null ? Links.resolve(page.url(), own)
                    : type == HTML ? base + "/Portal/Meeting?meetingTemplateId=" + templateId
                    : type == PDF ? base + "/Public/CompiledDocument?meetingTemplateId=" + templateId + "&compileOutputType=1"
                    : null;
            if (url != null) {
                links.add(new Link(name == null ? "Document" : name, url));
            }
        }
        return links;
    }

    private static String origin(Page page) {
        return page.url() == null ? "" : page.url().getScheme() + "://" + page.url().getAuthority();
    }
}
