package org.ordinancewatch.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.ordinancewatch.web.query.Freshness;
import org.ordinancewatch.web.query.MeasurePageQueries;
import org.ordinancewatch.web.query.MeasurePageQueries.MeasureDetail;
import org.ordinancewatch.web.query.SiteQueries;

/** {@code /m/{slug}} (or the numeric id): a measure, its dates, sources and status timeline. */
@Path("/m")
@Produces(MediaType.TEXT_HTML)
public class MeasureResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(MeasureDetail detail, Citation citation, String sunsetCountdown,
                List<SiteQueries.SourceRow> agendaSources, Freshness asOf);
    }

    private final MeasurePageQueries measures;
    private final SiteAddress site;
    private final java.time.Clock clock;
    private final SiteQueries sites;

    public MeasureResource(MeasurePageQueries measures, SiteAddress site, java.time.Clock clock, SiteQueries sites) {
        this.measures = measures;
        this.sites = sites;
        this.site = site;
        this.clock = clock;
    }

    @GET
    @Path("/{slug}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        MeasureDetail detail = measures.detail(slug)
                .orElseThrow(() -> new NotFoundException("No measure is tracked under '" + slug + "'."));
        List<SiteQueries.SourceRow> agendaSources = sites.sourceRows(detail.measure().jurisdiction);
        return Templates.show(detail, Citation.of(detail.measure(), detail.timeline(),
                site.of("/m/" + detail.measure().slug), clock.instant()),
                Citation.sunsetCountdown(detail.measure(), clock.instant()), agendaSources,
                SiteQueries.freshness(detail.asOf(), agendaSources));
    }
}
