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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ordinancewatch.web.query.CoverageQueries;
import org.ordinancewatch.web.query.SiteQueries;

/** {@code /api/coverage}: the coverage page's data. */
@Path("/api/coverage")
@Produces(MediaType.APPLICATION_JSON)
public class CoverageApi {

    @Schema(description = "One tracked jurisdiction and whether its council agenda is read")
    public record CoverageJson(
            @Schema(examples = "oakland-ca") String jurisdiction,
            @Schema(examples = "Oakland, CA") String name,
            @Schema(examples = "city") String level,
            @Schema(examples = "CA") String region,
            @Schema(examples = "United States") String country,
            @Schema(description = "Measures tracked here", examples = "1") long measures,
            @Schema(description = "Whether an enabled agenda source reads this place") boolean watched,
            @Schema(description = "Why no agenda is read here; null when watched") String notWatched,
            List<AgendaJson> agendas) {
    }

    @Schema(description = "An agenda source for the jurisdiction")
    public record AgendaJson(@Schema(examples = "legistar") String platform,
            @Schema(examples = "https://oakland.legistar.com") String baseUrl, boolean enabled,
            @Schema(description = "Last successful read (ISO-8601), null if none yet") String lastSuccessAt,
            @Schema(description = "Not read successfully within ow.sources.stale-after") boolean stale) {
    }

    private final CoverageQueries coverage;

    public CoverageApi(CoverageQueries coverage) {
        this.coverage = coverage;
    }

    @GET
    @APIResponse(responseCode = "200", description = "Every tracked jurisdiction",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "example",
                    value = ApiExamples.COVERAGE)))
    @Operation(summary = "Every tracked jurisdiction, whether its agenda is watched, and why not where it is not")
    public List<CoverageJson> list() {
        return coverage.coverage().rows().stream().map(r -> new CoverageJson(r.jurisdiction().slug,
                r.jurisdiction().displayName(), r.jurisdiction().level.code(), r.jurisdiction().region,
                r.jurisdiction().country, r.measures(), r.watched(), r.notWatched(),
                r.sources().stream().map(CoverageApi::agenda).toList())).toList();
    }

    private static AgendaJson agenda(SiteQueries.SourceRow s) {
        return new AgendaJson(s.definition().platform(), s.definition().baseUrl(), s.definition().enabled(),
                s.lastSuccess() == null ? null : s.lastSuccess().toString(), s.stale());
    }
}
