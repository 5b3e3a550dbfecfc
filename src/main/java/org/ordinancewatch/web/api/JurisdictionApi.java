package org.ordinancewatch.web.api;

import java.util.List;
import java.util.Map;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.web.Paging;
import org.ordinancewatch.web.query.MeasureQueries;

@Path("/api/jurisdictions")
@Produces(MediaType.APPLICATION_JSON)
public class JurisdictionApi {

    private final MeasureQueries measures;

    public JurisdictionApi(MeasureQueries measures) {
        this.measures = measures;
    }

    @GET
    @Operation(summary = "Tracked jurisdictions with their measures, a page at a time",
            description = "A JSON array ordered by name; 100 jurisdictions a page unless `size` says otherwise (at most "
                    + "500), the total in `X-Total-Count` and the other pages in the `Link` header.")
    @APIResponse(responseCode = "200", description = "One page of jurisdictions", content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "example", value = ApiExamples.JURISDICTION_LIST)))
    public Response list(@Parameter(description = "page number, from 1 (default 1)") @QueryParam("page") String page,
            @Parameter(description = "jurisdictions per page, 1 to 500 (default 100)") @QueryParam("size") String size,
            @Context UriInfo uri) {
        Paging paging = Paging.of(page, size, Paging.DEFAULT_SIZE).withTotal(Jurisdiction.count());
        List<Jurisdiction> places = Jurisdiction.find("order by name, region, id").range(paging.offset(),
                paging.offset() + paging.size() - 1).list();
        Map<Long, List<Measure>> byPlace = measures.ofJurisdictions(places.stream().map(j -> j.id).toList());
        return PagedResponse.of(places.stream().map(j -> JurisdictionJson.of(j,
                byPlace.getOrDefault(j.id, List.of()).stream().map(MeasureJson::of).toList())).toList(), paging, uri);
    }

    @GET
    @Path("/{slug}")
    @APIResponse(responseCode = "200", description = "The jurisdiction with its measures",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "example",
                    value = ApiExamples.JURISDICTION)))
    @Operation(summary = "One jurisdiction by slug, with its measures")
    public JurisdictionJson get(@PathParam("slug") String slug) {
        Jurisdiction j = Jurisdiction.findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("No jurisdiction with slug '" + slug + "'."));
        return JurisdictionJson.of(j, measures.ofJurisdictions(List.of(j.id)).getOrDefault(j.id, List.of()).stream()
                .map(MeasureJson::of).toList());
    }
}
