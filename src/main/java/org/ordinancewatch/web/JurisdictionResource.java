package org.ordinancewatch.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;

/** {@code /j/{slug}}: one jurisdiction and its measures. */
@Path("/j")
@Produces(MediaType.TEXT_HTML)
public class JurisdictionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Jurisdiction jurisdiction, List<Measure> measures, List<Catalog.Hearing> hearings,
                List<Catalog.SourceRow> sources, Instant asOf);
    }

    private final Catalog catalog;
    private final Clock clock;

    public JurisdictionResource(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @GET
    @Path("/{slug}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        Jurisdiction j = catalog.jurisdiction(slug)
                .orElseThrow(() -> new NotFoundException("No jurisdiction is tracked under '" + slug + "'."));
        List<Measure> measures = catalog.measures(MeasureFilter.parse(null, null, null, slug));
        List<Catalog.SourceRow> sources = catalog.sourceRows().stream()
                .filter(r -> r.definition().jurisdiction().equals(j.slug)).toList();
        return Templates.show(j, measures, catalog.upcomingHearings(clock.instant(), j, 10), sources,
                catalog.lastChange(j, measures));
    }
}
