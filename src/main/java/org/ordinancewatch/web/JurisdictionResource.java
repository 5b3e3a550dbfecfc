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
import org.ordinancewatch.web.query.HearingsQueries;
import org.ordinancewatch.web.query.MeasureQueries;
import org.ordinancewatch.web.query.SiteQueries;

/** {@code /j/{slug}}: one jurisdiction and its measures. */
@Path("/j")
@Produces(MediaType.TEXT_HTML)
public class JurisdictionResource {

    /** A jurisdiction's page lists this many measures at most; the rest are in its JSON and the export. */
    static final int MEASURES_SHOWN = 500;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Jurisdiction jurisdiction, List<Measure> measures,
                List<HearingsQueries.Hearing> hearings, List<SiteQueries.SourceRow> sources,
                org.ordinancewatch.web.query.Freshness asOf);
    }

    private final MeasureQueries measures;
    private final SiteQueries site;
    private final HearingsQueries hearings;
    private final Clock clock;

    public JurisdictionResource(MeasureQueries measures, SiteQueries site, HearingsQueries hearings, Clock clock) {
        this.measures = measures;
        this.site = site;
        this.hearings = hearings;
        this.clock = clock;
    }

    @GET
    @Path("/{slug}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        Jurisdiction j = Jurisdiction.findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("No jurisdiction is tracked under '" + slug + "'."));
        List<SiteQueries.SourceRow> sources = site.sourceRows(j);
        List<Measure> list = measures.page(MeasureFilter.parse(null, null, null, slug), 0, MEASURES_SHOWN);
        return Templates.show(j, list, hearings.from(clock.instant(), HearingsQueries.Scope.jurisdiction(j.slug), 0, 10),
                sources, SiteQueries.freshness(site.lastChange(j), sources));
    }
}
