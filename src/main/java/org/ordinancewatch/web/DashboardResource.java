package org.ordinancewatch.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureKind;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.model.StatusChange;
import org.ordinancewatch.web.Catalog.JurisdictionGroup;

/** {@code /}: where every tracked measure stands, filterable by status, kind and region. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    public record Dashboard(MeasureFilter filter, Map<Status, Long> counts, long tracked, long places, int shown,
            List<JurisdictionGroup> groups, List<StatusChange> recent, List<Measure> sunsets, List<String> regions, List<String> alertRegions,
            List<Jurisdiction> jurisdictions, List<Status> statuses, List<MeasureKind> kinds, List<Catalog.Hearing> hearings,
            Instant asOf) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Dashboard d);
    }

    private final Catalog catalog;
    private final Clock clock;

    public DashboardResource(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @GET
    public TemplateInstance index(@QueryParam("status") String status, @QueryParam("kind") String kind,
            @QueryParam("region") String region, @QueryParam("jurisdiction") String jurisdiction) {
        MeasureFilter filter = MeasureFilter.parse(status, kind, region, jurisdiction);
        List<Measure> measures = catalog.measures(filter);
        Map<Status, Long> counts = catalog.countByStatus(filter);
        List<Measure> all = filter.isEmpty() ? measures : catalog.measures(MeasureFilter.parse(null, null, null, null));
        long places = all.stream().map(m -> m.jurisdiction.id).distinct().count();
        return Templates.index(new Dashboard(filter, counts, all.size(), places, measures.size(), catalog.byJurisdiction(measures),
                catalog.recentChanges(8), catalog.upcomingSunsets(clock.instant()),
                Jurisdiction.regionsWithMeasures(), Jurisdiction.regions(), catalog.jurisdictions(), Arrays.asList(Status.values()),
                Arrays.asList(MeasureKind.values()), catalog.upcomingHearings(clock.instant(), null, 6), catalog.lastChange()));
    }
}
