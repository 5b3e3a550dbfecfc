package org.ordinancewatch.web.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ordinancewatch.model.SourceHealth;
import org.ordinancewatch.source.SourceCatalog;
import org.ordinancewatch.web.query.SiteQueries;

@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourcesApi {

    public record SourceJson(String name, String jurisdiction, String platform, String baseUrl, boolean enabled,
            String schedule, String lastAttemptAt, String lastSuccessAt, String lastError, Integer pages,
            Integer meetings, Integer items, Integer relevantItems, Boolean zeroItemsAlarm, boolean stale) {
    }

    private final SourceCatalog sources;
    private final SiteQueries catalog;

    public SourcesApi(SourceCatalog sources, SiteQueries catalog) {
        this.sources = sources;
        this.catalog = catalog;
    }

    @GET
    @APIResponse(responseCode = "200", description = "Every configured source",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "example",
                    value = ApiExamples.SOURCES)))
    @Operation(summary = "Configured agenda sources with the health of their last scrape")
    public List<SourceJson> list() {
        return catalog.sourceRows().stream().map(row -> {
            var d = row.definition();
            SourceHealth h = row.health();
            return new SourceJson(d.name(), d.jurisdiction(), d.platform(), d.baseUrl(), d.enabled(),
                    sources.schedule(d), h == null || h.lastAttemptAt == null ? null : h.lastAttemptAt.toString(),
                    h == null || h.lastSuccessAt == null ? null : h.lastSuccessAt.toString(),
                    h == null ? null : h.lastError, h == null ? null : h.pages, h == null ? null : h.meetings, h == null ? null : h.items,
                    h == null ? null : h.relevantItems, h == null ? null : h.zeroItemsAlarm, row.stale());
        }).toList();
    }
}
