package org.ordinancewatch.web;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.ordinancewatch.web.query.CoverageQueries;
import org.ordinancewatch.web.query.CoverageQueries.CoverageRow;
import org.ordinancewatch.web.query.SiteQueries;

/**
 * {@code /coverage}: every tracked jurisdiction, whether its agendas are watched (platform, last check) or not
 * and why, so nobody takes silence about a place for news.
 */
@Path("/coverage")
@Produces(MediaType.TEXT_HTML)
public class CoverageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<CoverageRow> rows, long watched, Instant asOf);
    }

    private final CoverageQueries coverage;
    private final SiteQueries site;

    public CoverageResource(CoverageQueries coverage, SiteQueries site) {
        this.coverage = coverage;
        this.site = site;
    }

    @GET
    public TemplateInstance index() {
        List<CoverageRow> rows = coverage.rows();
        // Like /sources, the page shows scrape attempts, so it is as fresh as the latest of them.
        Instant asOf = rows.stream().flatMap(r -> r.sources().stream())
                .filter(s -> s.health() != null && s.health().lastAttemptAt != null).map(s -> s.health().lastAttemptAt)
                .reduce(site.lastChange(), (a, b) -> a == null || b.isAfter(a) ? b : a);
        return Templates.index(rows, rows.stream().filter(CoverageRow::watched).count(), asOf);
    }
}
