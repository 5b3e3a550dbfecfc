package org.ordinancewatch.web.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.ordinancewatch.model.SourceHealth;
import org.ordinancewatch.web.query.CoverageQueries;
import org.ordinancewatch.web.query.CoverageQueries.CoverageRow;

/** {@code /api/coverage}: the coverage page as JSON, one entry per tracked jurisdiction. */
@Path("/api/coverage")
@Produces(MediaType.APPLICATION_JSON)
public class CoverageApi {

    /** {@code reason} is null exactly when {@code watched} is true. */
    public record CoverageJson(String jurisdiction, String name, String level, String region, String country,
            boolean watched, String reason, List<WatchJson> sources) {
    }

    /** One agenda source: its platform and base URL, whether it is switched on, and its last check. */
    public record WatchJson(String name, String platform, String baseUrl, boolean enabled, String lastAttemptAt,
            String lastSuccessAt, String lastError) {
    }

    private final CoverageQueries coverage;

    public CoverageApi(CoverageQueries coverage) {
        this.coverage = coverage;
    }

    @GET
    @Operation(summary = "Every tracked jurisdiction: whether its agendas are watched (platform, last check) or why not")
    public List<CoverageJson> list() {
        return coverage.rows().stream().map(CoverageApi::json).toList();
    }

    private static CoverageJson json(CoverageRow row) {
        var j = row.jurisdiction();
        return new CoverageJson(j.slug, j.name, j.level.code(), j.region, j.country, row.watched(), row.reason(),
                row.sources().stream().map(s -> {
                    var d = s.definition();
                    SourceHealth h = s.health();
                    return new WatchJson(d.name(), d.platform(), d.baseUrl(), d.enabled(),
                            h == null || h.lastAttemptAt == null ? null : h.lastAttemptAt.toString(),
                            h == null || h.lastSuccessAt == null ? null : h.lastSuccessAt.toString(),
                            h == null ? null : h.lastError);
                }).toList());
    }
}
