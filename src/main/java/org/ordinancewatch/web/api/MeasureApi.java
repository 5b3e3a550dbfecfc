package org.ordinancewatch.web.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ordinancewatch.model.StatusChange;
import org.ordinancewatch.web.MeasureFilter;
import org.ordinancewatch.web.Paging;
import org.ordinancewatch.web.query.MeasurePageQueries;
import org.ordinancewatch.web.query.MeasureQueries;

@Path("/api/measures")
@Produces(MediaType.APPLICATION_JSON)
public class MeasureApi {

    private final MeasureQueries measures;
    private final MeasurePageQueries pages;

    public MeasureApi(MeasureQueries measures, MeasurePageQueries pages) {
        this.measures = measures;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "Tracked measures, optionally filtered, a page at a time",
            description = "The body is a JSON array of measures ordered by place, newest decision first. Pages hold 100 "
                    + "measures unless `size` says otherwise (at most 500); the total is in `X-Total-Count` and the "
                    + "first, previous, next and last pages are linked from the `Link` header. Every measure at once: "
                    + "/export/measures.json or /export/measures.csv.")
    @APIResponse(responseCode = "200", description = "One page of measures", content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "example", value = ApiExamples.MEASURE_LIST)),
            headers = {
            @Header(name = PagedResponse.TOTAL, description = "measures matching the filters, on all pages"),
            @Header(name = "Link", description = "RFC 8288 links with rel first, prev, next and last") })
    @APIResponse(responseCode = "400", description = "An unknown status or kind, a malformed region, jurisdiction, page or size")
    public Response list(
            @Parameter(description = "status code, e.g. in_force") @QueryParam("status") String status,
            @Parameter(description = "kind code, e.g. moratorium") @QueryParam("kind") String kind,
            @Parameter(description = "state or province code, e.g. MA") @QueryParam("region") String region,
            @Parameter(description = "jurisdiction slug, e.g. boston-ma") @QueryParam("jurisdiction") String jurisdiction,
            @Parameter(description = "page number, from 1 (default 1)") @QueryParam("page") String page,
            @Parameter(description = "measures per page, 1 to 500 (default 100)") @QueryParam("size") String size,
            @Context UriInfo uri) {
        MeasureFilter filter = MeasureFilter.parse(status, kind, region, jurisdiction);
        Paging paging = Paging.of(page, size, Paging.DEFAULT_SIZE).withTotal(measures.count(filter));
        List<MeasureJson> rows = paging.offset() < paging.total()
                ? measures.pageWithSources(filter, paging.offset(), paging.size()).stream().map(MeasureJson::of).toList()
                : List.of();
        return PagedResponse.of(rows, paging, uri);
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "The measure with its status history",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "example",
                    value = ApiExamples.MEASURE)))
    @Operation(summary = "One measure by numeric id or slug, with its status history")
    public MeasureJson get(@PathParam("id") String id) {
        return pages.find(id).map(MeasureJson::full)
                .orElseThrow(() -> new NotFoundException("No measure with id or slug '" + id + "'."));
    }
}
