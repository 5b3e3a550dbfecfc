package org.ordinancewatch.web;

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
        static native TemplateInstance show(Jurisdiction jurisdiction, List<Measure> measures, Instant asOf);
    }

    private final Catalog catalog;

    public JurisdictionResource(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("/{slug}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        Jurisdiction j = catalog.jurisdiction(slug)
                .orElseThrow(() -> new NotFoundException("No jurisdiction is tracked under '" + slug + "'."));
        List<Measure> measures = catalog.measures(MeasureFilter.parse(null, null, null, slug));
        return Templates.show(j, measures, catalog.lastChange(j, measures));
    }
}
