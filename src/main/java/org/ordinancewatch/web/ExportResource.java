package org.ordinancewatch.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.web.api.MeasureJson;
import org.ordinancewatch.web.query.FeedQueries;
import org.ordinancewatch.web.query.MeasureQueries;
import org.ordinancewatch.web.query.FeedQueries.ChangeRow;

/**
 * {@code /export/...}: every measure with its sources and dates (CSV and JSON) and every status change (CSV), UTF-8,
 * RFC 4180, with absolute links. Rows are read a thousand at a time and written to the response as they are read,
 * so an export of any size runs in constant memory.
 */
@Path("/export")
public class ExportResource {

    static final String[] MEASURE_HEADER = {"id", "slug", "jurisdiction", "jurisdiction_name", "region", "identifier",
            "title", "kind", "scope", "status", "status_on", "decided_on", "effective_on", "sunset_on", "vote",
            "sources", "notes", "url"};
    static final String[] CHANGE_HEADER = {"id", "measure", "measure_title", "jurisdiction", "jurisdiction_name",
            "from_status", "to_status", "occurred_on", "recorded_at", "reason", "action", "source_label", "source_url",
            "url"};

    /** Rows read per statement while an export streams. */
    static final int BATCH = 1000;
    private static final CSVFormat RFC4180 = CSVFormat.RFC4180;

    private final MeasureQueries measures;
    private final FeedQueries changes;
    private final SiteAddress site;
    private final ObjectMapper json;

    public ExportResource(MeasureQueries measures, FeedQueries changes, SiteAddress site, ObjectMapper json) {
        this.measures = measures;
        this.changes = changes;
        this.site = site;
        this.json = json;
    }

    @GET
    @Path("measures.csv")
    @Produces("text/csv")
    @Operation(summary = "Every measure as CSV (RFC 4180, UTF-8), with sources, dates and an absolute page URL; "
            + "filters as for /api/measures")
    public Response measuresCsv(@Parameter(description = "status code, e.g. in_force") @QueryParam("status") String status,
            @Parameter(description = "kind code, e.g. ban") @QueryParam("kind") String kind,
            @Parameter(description = "region code, e.g. MA") @QueryParam("region") String region,
            @Parameter(description = "jurisdiction slug, e.g. boston-ma") @QueryParam("jurisdiction") String jurisdiction) {
        return download(measuresCsv(MeasureFilter.parse(status, kind, region, jurisdiction), RFC4180),
                "text/csv; charset=UTF-8", "ordinance-watch-measures.csv");
    }

    /** The measures under {@code filter} as CSV, written a batch at a time as they are read. */
    public StreamingOutput measuresCsv(MeasureFilter filter, CSVFormat format) {
        return out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try (CSVPrinter csv = new CSVPrinter(w, format.builder().setHeader(MEASURE_HEADER).build())) {
                measures.forEachBatch(filter, BATCH, batch -> {
                    for (Measure m : batch) {
                        print(csv, m.id, m.slug, m.jurisdiction.slug, cell(m.jurisdiction.displayName()),
                                m.jurisdiction.region, cell(m.identifier), cell(m.title), m.kind.code(), cell(m.scope),
                                m.status.code(), m.statusOn, m.decidedOn, m.effectiveOn, m.sunsetOn, cell(m.vote),
                                cell(m.sources.stream().map(s -> (s.official ? "[official] " : "") + (s.url == null ? s.label : s.label + " <" + s.url + ">"))
                                        .collect(Collectors.joining(" | "))),
                                cell(m.notes), site.of("/m/" + m.slug));
                    }
                });
            }
        };
    }

    @GET
    @Path("measures.json")
    @Produces("application/json")
    @APIResponse(responseCode = "200", description = "Every matching measure, streamed",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "example",
                    value = org.ordinancewatch.web.api.ApiExamples.MEASURE_EXPORT)))
    @Operation(summary = "Every measure as a JSON array, fields as GET /api/measures with an absolute url")
    public Response measuresJson(@QueryParam("status") String status, @QueryParam("kind") String kind,
            @QueryParam("region") String region, @QueryParam("jurisdiction") String jurisdiction) {
        MeasureFilter filter = MeasureFilter.parse(status, kind, region, jurisdiction);
        StreamingOutput body = out -> {
            try (JsonGenerator g = json.getFactory().createGenerator(out)) {
                g.writeStartArray();
                measures.forEachBatch(filter, BATCH, batch -> {
                    for (Measure measure : batch) {
                        MeasureJson m = MeasureJson.of(measure);
                        write(g, m.withUrl(site.of(m.url())));
                    }
                });
                g.writeEndArray();
            }
        };
        return download(body, "application/json; charset=UTF-8", "ordinance-watch-measures.json");
    }

    @GET
    @Path("status-changes.csv")
    @Produces("text/csv")
    @Operation(summary = "Every status change ever recorded as CSV, newest recorded first, with reason and source")
    public Response statusChangesCsv() {
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try (CSVPrinter csv = new CSVPrinter(w, RFC4180.builder().setHeader(CHANGE_HEADER).build())) {
                changes.forEachChangeBatch(BATCH, batch -> {
                    for (ChangeRow c : batch) {
                        print(csv, c.id(), c.measureSlug(), cell(c.measureTitle()), c.jurisdictionSlug(),
                                cell(c.place()), c.from() == null ? null : c.from().code(), c.to().code(), c.occurredOn(),
                                c.recordedAt(), cell(c.reason()), cell(c.actionText()), cell(c.sourceLabel()),
                                c.sourceUrl(), site.of("/m/" + c.measureSlug()));
                    }
                });
            }
        };
        return download(body, "text/csv; charset=UTF-8", "ordinance-watch-status-changes.csv");
    }

    private static void print(CSVPrinter csv, Object... values) {
        try {
            csv.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JsonGenerator g, Object value) {
        try {
            g.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response download(StreamingOutput body, String type, String name) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** A cell starting with = + - @ would run as a formula in a spreadsheet (OWASP: CSV injection). */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
