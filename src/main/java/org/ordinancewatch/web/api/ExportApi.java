package org.ordinancewatch.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.apache.commons.csv.CSVFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.ordinancewatch.web.ExportResource;
import org.ordinancewatch.web.MeasureFilter;

/** {@code /api/measures.csv}: kept for the clients that used it first; the same file as /export/measures.csv. */
@Path("/api/measures.csv")
public class ExportApi {

    private final ExportResource export;

    public ExportApi(ExportResource export) {
        this.export = export;
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = "Measures as CSV; filters as for /api/measures (an alias of /export/measures.csv)")
    public Response csv(@QueryParam("status") String status, @QueryParam("kind") String kind,
            @QueryParam("region") String region, @QueryParam("jurisdiction") String jurisdiction) {
        return Response.ok(export.measuresCsv(MeasureFilter.parse(status, kind, region, jurisdiction), CSVFormat.DEFAULT),
                "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ordinance-watch-measures.csv\"").build();
    }
}
