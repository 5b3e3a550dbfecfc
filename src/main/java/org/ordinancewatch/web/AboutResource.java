package org.ordinancewatch.web;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.ordinancewatch.model.Level;
import org.ordinancewatch.model.MeasureKind;
import org.ordinancewatch.model.Status;

/** {@code /about}: what is tracked, what each status means, where the data comes from. */
@Path("/about")
@Produces(MediaType.TEXT_HTML)
public class AboutResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Status> statuses, List<MeasureKind> kinds, List<Level> levels,
                long measures, long jurisdictions, long watched, org.ordinancewatch.web.query.Freshness asOf);
    }

    private final org.ordinancewatch.web.query.SiteQueries site;

    public AboutResource(org.ordinancewatch.web.query.SiteQueries site) {
        this.site = site;
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(Arrays.asList(Status.values()), Arrays.asList(MeasureKind.values()),
                Arrays.asList(Level.values()),
                org.ordinancewatch.model.Measure.count(), org.ordinancewatch.model.Jurisdiction.countWithMeasures(),
                site.watchedJurisdictions(), site.freshness());
    }
}
