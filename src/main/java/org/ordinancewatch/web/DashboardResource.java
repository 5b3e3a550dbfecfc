package org.ordinancewatch.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
import org.ordinancewatch.web.query.HearingsQueries;
import org.ordinancewatch.web.query.MeasureQueries;
import org.ordinancewatch.web.query.SiteQueries;

/**
 * {@code /}: where tracked measures stand, filterable by status, kind and region, a page of 100 at a time (the whole
 * list is in the export). Every part of the page is a bounded query, so the page costs the same at 24 measures or
 * at 10,000.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    public static final int PAGE_SIZE = 50;

    public record JurisdictionGroup(Jurisdiction jurisdiction, List<Measure> measures) {
    }

    public record Dashboard(MeasureFilter filter, Map<Status, Long> counts, MeasureQueries.Totals totals, Paging paging,
            List<JurisdictionGroup> groups, List<StatusChange> recent, List<Measure> sunsets,
            List<Jurisdiction.RegionCount> regions, List<Status> statuses, List<MeasureKind> kinds,
            List<HearingsQueries.Hearing> hearings, org.ordinancewatch.web.query.Freshness asOf) {

        /** The same regions as the filter, for the alert form. */
        public List<String> regionNames() {
            return regions.stream().map(Jurisdiction.RegionCount::region).toList();
        }

        public long shown() {
            return paging.total();
        }

        public String previousPage() {
            return paging.link(filter.queryWithStatus(filter.status()), paging.page() - 1, PAGE_SIZE);
        }

        public String nextPage() {
            return paging.link(filter.queryWithStatus(filter.status()), paging.page() + 1, PAGE_SIZE);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Dashboard d);
    }

    private final MeasureQueries measures;
    private final SiteQueries site;
    private final HearingsQueries hearings;
    private final Clock clock;

    public DashboardResource(MeasureQueries measures, SiteQueries site, HearingsQueries hearings, Clock clock) {
        this.measures = measures;
        this.site = site;
        this.hearings = hearings;
        this.clock = clock;
    }

    @GET
    public TemplateInstance index(@QueryParam("status") String status, @QueryParam("kind") String kind,
            @QueryParam("region") String region, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("page") String page) {
        MeasureFilter filter = MeasureFilter.parse(status, kind, region, jurisdiction);
        Map<Status, Long> counts = measures.countByStatus(filter);
        long matching = filter.status() == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.get(filter.status());
        Paging paging = Paging.of(page, null, PAGE_SIZE).withTotal(matching);
        List<Measure> rows = paging.offset() < matching ? measures.page(filter, paging.offset(), paging.size()) : List.of();
        Instant now = clock.instant();
        return Templates.index(new Dashboard(filter, counts, measures.totals(), paging, byJurisdiction(rows),
                site.recentChanges(8), site.upcomingSunsets(now, 10), Jurisdiction.regionCounts(),
                Arrays.asList(Status.values()), Arrays.asList(MeasureKind.values()),
                hearings.from(now, HearingsQueries.Scope.ALL, 0, 6), site.freshness()));
    }

    /** Consecutive rows of one place under one heading; the list is ordered by place, so each place is one group. */
    static List<JurisdictionGroup> byJurisdiction(List<Measure> rows) {
        Map<Long, JurisdictionGroup> groups = new LinkedHashMap<>();
        for (Measure m : rows) {
            groups.computeIfAbsent(m.jurisdiction.id, id -> new JurisdictionGroup(m.jurisdiction, new ArrayList<>()))
                    .measures().add(m);
        }
        return List.copyOf(groups.values());
    }
}
