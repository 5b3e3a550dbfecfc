package org.ordinancewatch.web.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.web.Catalog;
import org.ordinancewatch.web.MeasureFilter;

@Path("/api/jurisdictions")
@Produces(MediaType.APPLICATION_JSON)
public class JurisdictionApi {

    private final Catalog catalog;

    public JurisdictionApi(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "All tracked jurisdictions with their measures")
    public List<JurisdictionJson> list() {
        Map<String, List<MeasureJson>> bySlug = catalog.measures(MeasureFilter.parse(null, null, null, null)).stream()
                .map(MeasureJson::of).collect(Collectors.groupingBy(MeasureJson::jurisdiction));
        return catalog.jurisdictions().stream()
                .map(j -> JurisdictionJson.of(j, bySlug.getOrDefault(j.slug, List.of()))).toList();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One jurisdiction by slug, with its measures")
    public JurisdictionJson get(@PathParam("slug") String slug) {
        Jurisdiction j = catalog.jurisdiction(slug)
                .orElseThrow(() -> new NotFoundException("No jurisdiction with slug '" + slug + "'."));
        return JurisdictionJson.of(j, catalog.measures(MeasureFilter.parse(null, null, null, slug)).stream()
                .map(MeasureJson::of).toList());
    }
}
