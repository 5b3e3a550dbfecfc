package org.ordinancewatch.parse.civicclerk;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.parse.support.DateTimes;
import org.ordinancewatch.parse.support.Json;
import org.ordinancewatch.parse.support.Links;
import org.ordinancewatch.parse.support.StatusWords;
import org.ordinancewatch.parse.support.Text;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * CivicClerk OData API ({@code https://<tenant>.api.civicclerk.com/v1/Events}): {@code {"value": [events]}}.
 * Files download from {@code /v1/Meetings/GetMeetingFileStream}; the public page of an event is on the tenant's
 * portal host.
 */
@ApplicationScoped
public class CivicClerkApiAdapter implements Adapter {

    @Override
    public String name() {
        return "civicclerk-api";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        JsonNode root = Json.read(page);
        JsonNode events = root.path("value");
        if (!events.isArray()) {
            throw new ParseException("not a CivicClerk events response (no \"value\" array) at " + page.url());
        }
        List<ScrapedMeeting> meetings = new ArrayList<>();
        List<String> follow = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (JsonNode event : events) {
            String id = Json.text(event, "id");
            if (event.path("isDeleted").asBoolean(false)) {
                warnings.add("event " + id + " is marked deleted; skipped");
                continue;
            }
            // CivicClerk stamps local wall-clock time with a "Z"; the offset is not real
            OffsetDateTime start = DateTimes.wallClockIn(Json.text(event, "startDateTime", "eventDate"), context.zone());
            String name = Json.text(event, "eventName");
            if (start == null || name == null) {
                warnings.add("event " + id + " lacks a start or a name; skipped");
                continue;
            }
            String category = Json.text(event, "categoryName");
            List<Link> links = links(event, page);
            links.stream().filter(l -> l.label().startsWith("Agenda")).map(Link::url).findFirst().ifPresent(follow::add);
            meetings.add(new ScrapedMeeting(id, category != null ? category : name, category != null ? name : null, start,
                    location(event.path("eventLocation")),
                    StatusWords.resolve(start, context.clock(), name, Json.text(event, "eventDescription")),
                    portalUrl(page.url(), id), links, List.of()));
        }
        if (events.isEmpty()) {
            warnings.add("CivicClerk returned no events");
        }
        return ParseResult.ofMeetings(meetings, follow, warnings);
    }

    private static List<Link> links(JsonNode event, Page page) {
        List<Link> links = new ArrayList<>();
        String origin = page.url() == null ? "" : page.url().getScheme() + "://" + page.url().getAuthority();
        for (JsonNode file : event.path("publishedFiles")) {
            String fileId = Json.text(file, "fileId");
            String label = Text.firstNonBlank(Json.text(file, "type"), Json.text(file, "name"), "Document");
            String url = fileId != null
                    ? origin + "/v1/Meetings/GetMeetingFileStream(fileId=" + fileId + ",plainText=false)"
                    : Links.resolve(page.url(), Json.text(file, "streamUrl", "url"));
            if (url != null) {
                links.add(new Link(label, url));
            }
        }
        String youtube = Json.text(event, "youtubeVideoId");
        if (youtube != null) {
            links.add(new Link("Video", "https://www.youtube.com/watch?v=" + youtube));
        }
        String media = Json.text(event, "mediaStreamPath", "externalMediaUrl");
        if (media != null && Links.resolve(page.url(), media) != null) {
            links.add(new Link("Video", Links.resolve(page.url(), media)));
        }
        return links;
    }

    private static String location(JsonNode place) {
        if (place == null || !place.isObject()) {
            return null;
        }
        String cityLine = Stream.of(Json.text(place, "city"), Json.text(place, "state")).filter(s -> s != null)
                .reduce((a, b) -> a + ", " + b).orElse(null);
        String zip = Json.text(place, "zipCode");
        if (cityLine != null && zip != null) {
            cityLine = cityLine + " " + zip;
        }
        List<String> parts = new ArrayList<>();
        for (String part : new String[] { Json.text(place, "name"), Json.text(place, "address2"),
                Json.text(place, "address1"), cityLine }) {
            if (part != null && !parts.contains(part)) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** {@code https://x.api.civicclerk.com/...} publishes its events at {@code https://x.portal.civicclerk.com/event/<id>/overview}. */
    private static String portalUrl(URI api, String id) {
        if (api == null || id == null || api.getHost() == null || !api.getHost().contains(".api.civicclerk.com")) {
            return null;
        }
        return api.getScheme() + "://" + api.getHost().replace(".api.civicclerk.com", ".portal.civicclerk.com")
                + "/event/" + id + "/overview";
    }
}
