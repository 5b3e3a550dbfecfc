package org.ordinancewatch.web.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ordinancewatch.web.Catalog;
import org.ordinancewatch.web.MeasureFilter;

@Path("/api/measures")
@Produces(MediaType.APPLICATION_JSON)
public class MeasureApi {

    private final Catalog catalog;

    public MeasureApi(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "All tracked measures, optionally filtered")
    public List<MeasureJson> list(
            @Parameter(description = "status code, e.g. in_force") @QueryParam("status") String status,
            @Parameter(description = "kind code, e.g. moratorium") @QueryParam("kind") String kind,
            @Parameter(description = "state or province code, e.g. MA") @QueryParam("region") String region,
            @Parameter(description = "jurisdiction slug, e.g. boston-ma") @QueryParam("jurisdiction") String jurisdiction) {
        return catalog.measures(MeasureFilter.parse(status, kind, region, jurisdiction)).stream()
                .map(MeasureJson::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One measure by numeric id or slug, with its status history")
    public MeasureJson get(@PathParam("id") String id) {
        return catalog.measure(id).map(d -> MeasureJson.of(d.measure(), d.timeline()))
                .orElseThrow(() -> new NotFoundException("No measure with id or slug '" + id + "'."));
    }
}
