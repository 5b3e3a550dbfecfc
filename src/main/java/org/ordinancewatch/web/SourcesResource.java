package org.ordinancewatch.web;

import org.ordinancewatch.web.query.SiteQueries;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /sources}: every configured agenda source and how its last scrape went, for curators. */
@Path("/sources")
@Produces(MediaType.TEXT_HTML)
public class SourcesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<SiteQueries.SourceRow> rows, org.ordinancewatch.web.query.Freshness asOf);
    }

    private final SiteQueries catalog;

    public SourcesResource(SiteQueries catalog) {
        this.catalog = catalog;
    }

    @GET
    public TemplateInstance index() {
        List<SiteQueries.SourceRow> rows = catalog.sourceRows();
        // This page shows scrape attempts too, so its data changed with the latest of them.
        Instant changed = rows.stream().filter(r -> r.health() != null && r.health().lastAttemptAt != null)
                .map(r -> r.health().lastAttemptAt).reduce(catalog.lastChange(), (a, b) -> a == null || b.isAfter(a) ? b : a);
        return Templates.index(rows, SiteQueries.freshness(changed, rows));
    }
}
