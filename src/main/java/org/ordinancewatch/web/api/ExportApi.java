package org.ordinancewatch.web.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.web.Catalog;
import org.ordinancewatch.web.MeasureFilter;

/** {@code /api/measures.csv}: the measures (same filters as the JSON list) as a spreadsheet for reporters. */
@Path("/api/measures.csv")
public class ExportApi {

    static final String[] HEADER = {"id", "slug", "jurisdiction", "jurisdiction_name", "region", "identifier",
            "title", "kind", "scope", "status", "status_on", "decided_on", "effective_on", "sunset_on", "vote",
            "sources", "notes", "url"};

    private final Catalog catalog;

    public ExportApi(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Scraped titles reach this file; a cell starting with = + - @ would run as a formula in a spreadsheet,
     * so such text is prefixed with an apostrophe (OWASP's advice for CSV injection).
     */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = "Measures as CSV; filters as for /api/measures")
    public Response csv(@QueryParam("status") String status, @QueryParam("kind") String kind,
            @QueryParam("region") String region, @QueryParam("jurisdiction") String jurisdiction) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).build())) {
            for (Measure m : catalog.measures(MeasureFilter.parse(status, kind, region, jurisdiction))) {
                csv.printRecord(m.id, m.slug, m.jurisdiction.slug, cell(m.jurisdiction.displayName()),
                        m.jurisdiction.region, cell(m.identifier), cell(m.title), m.kind.code(), cell(m.scope),
                        m.status.code(), m.statusOn, m.decidedOn, m.effectiveOn, m.sunsetOn, cell(m.vote),
                        cell(m.sources.stream().map(s -> s.url == null ? s.label : s.label + " <" + s.url + ">")
                                .collect(Collectors.joining(" | "))),
                        cell(m.notes), "/m/" + m.slug);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ordinance-watch-measures.csv\"").build();
    }
}
