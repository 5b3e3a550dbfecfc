package org.ordinancewatch.web.api;

import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ordinancewatch.SafeUrl;
import org.ordinancewatch.detect.Match;
import org.ordinancewatch.detect.TopicClassifier;
import org.ordinancewatch.fetch.FetchConfig;
import org.ordinancewatch.ingest.DryRun;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.AdapterRegistry;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.MeasureRecord;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.AgendaDocument;
import org.ordinancewatch.record.ScrapedAgenda;

/**
 * Dry run for curators adding a city and for conformance checks: parses a page exactly as fetched with the named
 * adapter and shows what a scrape would store. Which items are relevant and what status each file ends up with are
 * the scrape's own ingest's answer ({@link DryRun}: stored, read, rolled back), not a second opinion. Writes nothing.
 */
@Path("/api/parse")
public class ParseApi {

    private final AdapterRegistry adapters;
    private final TopicClassifier classifier;
    private final DryRun dryRun;
    private final FetchConfig fetch;
    private final Clock clock;

    public ParseApi(AdapterRegistry adapters, TopicClassifier classifier, DryRun dryRun, FetchConfig fetch,
            Clock clock) {
        this.adapters = adapters;
        this.classifier = classifier;
        this.dryRun = dryRun;
        this.fetch = fetch;
        this.clock = clock;
    }

    public record ItemJson(String number, String file, String title, String action, String result, boolean relevant,
            List<String> matchedTerms) {
    }

    public record MeetingJson(String sourceId, String body, String title, String start, String status,
            String location, String url, List<Map<String, String>> links, List<ItemJson> items) {
    }

    public record HistoryJson(String date, String actionBy, String action, String result) {
    }

    public record MeasureJson(String identifier, String title, String type, String status, String statusText,
            String url, boolean relevant, List<String> matchedTerms, List<HistoryJson> history) {
    }

    public record ParseJson(String platform, List<MeetingJson> meetings, List<MeasureJson> measures,
            List<String> follow, List<String> warnings) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "What the adapter extracted, with relevance; nothing is stored",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "example",
                    value = ApiExamples.PARSE)))
    @Operation(summary = "Parse a page with one platform adapter, without storing anything")
    public ParseJson parse(
            @Parameter(description = "platform adapter name, e.g. legistar-web", required = true) @QueryParam("platform") String platform,
            @Parameter(description = "the URL the page was fetched from, e.g. https://oakland.legistar.com/Calendar.aspx", required = true) @QueryParam("url") String url,
            @Parameter(description = "IANA time zone of the jurisdiction, e.g. America/Los_Angeles") @QueryParam("zone") String zone,
            @Parameter(description = "jurisdiction slug, whose time zone is used when zone is absent") @QueryParam("jurisdiction") String jurisdiction,
            @Parameter(description = "how many days back the page's meetings are kept") @QueryParam("lookback-days") @DefaultValue("60") int lookbackDays,
            @Parameter(description = "how many days ahead the page's meetings are kept") @QueryParam("lookahead-days") @DefaultValue("90") int lookaheadDays,
            @HeaderParam("Content-Type") String contentType, byte[] body) {
        Adapter adapter = adapters.find(platform).orElseThrow(() -> new BadRequestException(
                "unknown platform '" + platform + "' (known: " + String.join(", ", adapters.names()) + ")"));
        URI pageUrl = pageUrl(url);
        if (body == null || body.length == 0) {
            throw new BadRequestException("the request body must be the page exactly as fetched; it is empty");
        }
        if (body.length > fetch.maxBytes().asLongValue()) {
            throw new WebApplicationException("the page is " + body.length + " bytes; the limit is "
                    + fetch.maxBytes().asLongValue(), 413);
        }
        SourceContext context = new SourceContext(jurisdiction, zone(zone, jurisdiction), clock, Map.of());
        ParseResult result;
        try {
            result = adapter.read(new Page(body, pageUrl, contentType, clock.instant()), context);
        } catch (ParseException e) {
            throw new WebApplicationException("cannot parse as " + platform + ": " + e.getMessage(), 422);
        } catch (RuntimeException e) {
            // An adapter tripping over input it does not expect is still unparseable input, not a server fault.
            throw new WebApplicationException("cannot parse as " + platform + ": " + e, 422);
        }
        List<String> warnings = new java.util.ArrayList<>(result.warnings());
        outsideWindow(result.meetings(), context.zone(), lookbackDays, lookaheadDays).ifPresent(warnings::add);
        DryRun.Outcome stored = dryRun.of(result, pageUrl.toString(),
                Optional.ofNullable(jurisdiction).filter(s -> !s.isBlank()).map(String::trim), context.zone());
        List<MeetingJson> meetings = new java.util.ArrayList<>();
        for (int i = 0; i < result.agendas().size(); i++) {
            meetings.add(meeting(result.agendas().get(i), stored.items().get(i)));
        }
        List<MeasureJson> measures = new java.util.ArrayList<>();
        for (int i = 0; i < result.measures().size(); i++) {
            measures.add(measure(result.measures().get(i), stored.measures().get(i)));
        }
        return new ParseJson(platform, meetings, measures, result.follow(), warnings);
    }

    /** Why a scheduled scrape would pass over every dated meeting on this page, if it would. */
    private java.util.Optional<String> outsideWindow(List<ScrapedMeeting> meetings, ZoneId zone, int lookbackDays,
            int lookaheadDays) {
        List<ScrapedMeeting> dated = meetings.stream().filter(m -> m.start() != null).toList();
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), zone);
        java.time.LocalDate since = today.minusDays(lookbackDays);
        java.time.LocalDate until = today.plusDays(lookaheadDays);
        if (dated.isEmpty() || dated.stream().map(m -> m.start().toLocalDate())
                .anyMatch(d -> !d.isBefore(since) && !d.isAfter(until))) {
            return java.util.Optional.empty();
        }
        java.time.LocalDate first = dated.stream().map(m -> m.start().toLocalDate()).min(java.util.Comparator.naturalOrder())
                .orElseThrow();
        java.time.LocalDate last = dated.stream().map(m -> m.start().toLocalDate()).max(java.util.Comparator.naturalOrder())
                .orElseThrow();
        return java.util.Optional.of("all " + dated.size() + " dated meetings (" + first + " to " + last
                + ") fall outside the lookback/lookahead window " + since + " to " + until + " (lookback-days="
                + lookbackDays + ", lookahead-days=" + lookaheadDays + "); a scheduled scrape would not ask for them");
    }

    private static URI pageUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new BadRequestException("url is required: the address the page was fetched from");
        }
        String safe = SafeUrl.httpOnly(url);
        if (safe == null) {
            throw new BadRequestException("url must be an absolute http(s) URL, got '" + url + "'");
        }
        return URI.create(safe);
    }

    private static ZoneId zone(String zone, String jurisdiction) {
        if (zone != null && !zone.isBlank()) {
            try {
                return ZoneId.of(zone.trim());
            } catch (DateTimeException e) {
                throw new BadRequestException("zone '" + zone + "' is not an IANA time zone such as America/Chicago");
            }
        }
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            return Jurisdiction.findBySlug(jurisdiction.trim()).map(Jurisdiction::zone)
                    .orElseThrow(() -> new BadRequestException("unknown jurisdiction '" + jurisdiction + "'"));
        }
        return ZoneOffset.UTC;
    }

    /** A page of items or a lone document shows as a meeting that says nothing but its items (and address). */
    private MeetingJson meeting(ScrapedAgenda agenda, List<DryRun.StoredItem> stored) {
        List<ItemJson> items = new java.util.ArrayList<>();
        for (int i = 0; i < agenda.items().size(); i++) {
            items.add(item(agenda.items().get(i), i < stored.size() ? stored.get(i) : DryRun.StoredItem.NONE));
        }
        if (agenda instanceof ScrapedMeeting m) {
            return new MeetingJson(m.sourceId(), m.body(), m.title(), m.start() == null ? null : m.start().toString(),
                    m.status() == null ? null : m.status().wireName(), m.location(), m.url(),
                    m.links().stream().map(l -> Map.of("label", String.valueOf(l.label()), "url", String.valueOf(l.url())))
                            .toList(),
                    items);
        }
        String url = agenda instanceof AgendaDocument document ? document.url() : null;
        return new MeetingJson(null, null, null, null, null, null, url, List.of(), items);
    }

    private static ItemJson item(ScrapedItem i, DryRun.StoredItem stored) {
        return new ItemJson(i.number(), i.file(), i.title(), i.action(), i.result(), stored.relevant(),
                stored.matchedTerms());
    }

    /** Relevant: a scrape tracks the file; the matched terms are the topic words its title holds. */
    private MeasureJson measure(MeasureRecord r, DryRun.StoredMeasure stored) {
        Match match = classifier.classify(r.title() == null ? "" : r.title());
        return new MeasureJson(r.identifier(), r.title(), r.type(),
                stored.status() == null ? null : stored.status().code(), r.statusText(), r.url(), stored.tracked(),
                match.matchedTerms(),
                r.history().stream().map(e -> new HistoryJson(e.date() == null ? null : e.date().toString(),
                        e.actionBy(), e.action(), e.result())).toList());
    }
}
