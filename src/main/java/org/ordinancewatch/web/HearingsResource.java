package org.ordinancewatch.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.web.query.HearingsQueries;
import org.ordinancewatch.web.query.HearingsQueries.Hearing;
import org.ordinancewatch.web.query.HearingsQueries.Scope;

/**
 * {@code /hearings}: upcoming meetings with face-recognition items, soonest first, and the same as iCalendar files
 * for everything, one jurisdiction or one measure.
 */
@Path("/hearings")
public class HearingsResource {

    static final int PAGE_SIZE = 25;
    /** Calendars keep recent meetings too, so a subscriber sees what happened at last week's hearing. */
    static final Duration CALENDAR_PAST = Duration.ofDays(30);
    static final int CALENDAR_LIMIT = 500;
    static final String ICS = "text/calendar;charset=UTF-8";

    public record HearingsPage(List<Hearing> hearings, int page, boolean hasNext, Jurisdiction jurisdiction) {
        public int firstNumber() {
            return (page - 1) * PAGE_SIZE + 1;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(HearingsPage p);
    }

    private final HearingsQueries queries;
    private final Clock clock;
    private final SiteAddress site;

    public HearingsResource(HearingsQueries queries, Clock clock, SiteAddress site) {
        this.queries = queries;
        this.clock = clock;
        this.site = site;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("page") String page) {
        int n = page(page);
        Jurisdiction j = null;
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            String slug = MeasureFilter.parse(null, null, null, jurisdiction).jurisdiction();
            j = Jurisdiction.findBySlug(slug)
                    .orElseThrow(() -> new NotFoundException("No jurisdiction is tracked under '" + slug + "'."));
        }
        List<Hearing> found = queries.from(clock.instant(), j == null ? Scope.ALL : Scope.jurisdiction(j.slug),
                (n - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        boolean hasNext = found.size() > PAGE_SIZE;
        return Templates.index(new HearingsPage(hasNext ? found.subList(0, PAGE_SIZE) : found, n, hasNext, j));
    }

    @GET
    @Path("calendar.ics")
    @Produces(ICS)
    public Response all() {
        return calendar("Ordinance Watch: face-recognition hearings", Scope.ALL, "hearings");
    }

    @GET
    @Path("j/{slug}/calendar.ics")
    @Produces(ICS)
    public Response forJurisdiction(@PathParam("slug") String slug) {
        Jurisdiction j = Jurisdiction.findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("No jurisdiction is tracked under '" + slug + "'."));
        return calendar("Ordinance Watch: hearings in " + j.displayName(), Scope.jurisdiction(j.slug), j.slug);
    }

    @GET
    @Path("m/{slug}/calendar.ics")
    @Produces(ICS)
    public Response forMeasure(@PathParam("slug") String slug) {
        Measure m = Measure.<Measure>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("No measure is tracked under '" + slug + "'."));
        return calendar("Ordinance Watch: hearings on " + m.title, Scope.measure(m.slug), m.slug);
    }

    private Response calendar(String name, Scope scope, String fileName) {
        List<Hearing> hearings = queries.from(clock.instant().minus(CALENDAR_PAST), scope, 0, CALENDAR_LIMIT);
        return Response.ok(HearingCalendar.write(name, hearings, site.base(), clock.instant()))
                .header("Content-Disposition", "inline; filename=\"" + fileName + ".ics\"").build();
    }

    private static int page(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(page.trim());
            if (n >= 1 && n <= 10_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new BadRequestException("malformed page '" + (page.length() > 20 ? page.substring(0, 20) : page)
                + "' (expected a whole number from 1)");
    }
}
