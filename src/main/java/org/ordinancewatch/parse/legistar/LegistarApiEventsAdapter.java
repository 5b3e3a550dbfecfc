package org.ordinancewatch.parse.legistar;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;

import com.fasterxml.jackson.databind.JsonNode;

/** Legistar Web API {@code /v1/{client}/events}: one meeting per event. */
@ApplicationScoped
public class LegistarApiEventsAdapter implements Adapter {

    @Override
    public String name() {
        return "legistar-api-events";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        List<JsonNode> events = LegistarJson.objects(page, "/events", "EventId");
        String resource = LegistarJson.resource(page.url());
        boolean listing = resource != null && resource.endsWith("/events");
        List<ScrapedMeeting> meetings = new ArrayList<>();
        List<String> follow = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            String id = LegistarJson.text(e, "EventId");
            LocalDateTime date = LegistarDates.apiDateTime(LegistarJson.text(e, "EventDate"));
            if (id == null || date == null) {
                warnings.add("skipped event " + (i + 1) + " (EventId " + id + "): no EventId or unreadable EventDate '"
                        + LegistarJson.text(e, "EventDate") + "'");
                continue;
            }
            OffsetDateTime start = LegistarDates.start(date.toLocalDate(),
                    LegistarDates.time(LegistarJson.text(e, "EventTime")), context.zone());
            String statusText = LegistarText.joinPresent(LegistarJson.text(e, "EventAgendaStatusName"),
                    LegistarJson.text(e, "EventMinutesStatusName"), LegistarJson.text(e, "EventComment"),
                    LegistarJson.text(e, "EventLocation"), LegistarJson.text(e, "EventTime"));
            meetings.add(new ScrapedMeeting(id, LegistarJson.text(e, "EventBodyName"), null, start,
                    LegistarJson.text(e, "EventLocation"), LegistarDates.status(statusText, start, context.clock()),
                    LegistarJson.text(e, "EventInSiteURL"), links(e), List.of()));
            if (listing) {
                follow.add(LegistarJson.child(page.url(), id, "eventitems"));
            }
        }
        return ParseResult.ofMeetings(meetings, follow, warnings);
    }

    private static List<Link> links(JsonNode e) {
        List<Link> links = new ArrayList<>();
        add(links, "Agenda", LegistarJson.text(e, "EventAgendaFile"));
        add(links, "Minutes", LegistarJson.text(e, "EventMinutesFile"));
        add(links, "Video", LegistarJson.text(e, "EventVideoPath"));
        return links;
    }

    private static void add(List<Link> links, String label, String url) {
        if (url != null) {
            links.add(new Link(label, url));
        }
    }
}
